import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importCommand } from '../../../scripts/admin/import.js'
import { type OpenDatabase, openDatabase } from '../../../server/db/open-database.js'
import { importFixture } from '../../support/import-fixtures.js'
import { runAdminScript, runCommandOn } from '../../support/run-script.js'
import { createMigratedPgliteDir, createTestDatabase, usingPostgres } from '../../support/test-database.js'

const work = mkdtempSync(join(tmpdir(), 'atlas-import-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const runImportCli = (args: string[], env: Record<string, string>) => runAdminScript('import', args, env)

const parcelFile = (crs?: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
    features: [
      {
        type: 'Feature',
        properties: { 宗地号: 'CLI-01', 用地性质: '一类工业用地', '面积（㎡）': 40000 },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [645_000, 3_308_000],
              [645_200, 3_308_000],
              [645_200, 3_308_200],
              [645_000, 3_308_200],
              [645_000, 3_308_000],
            ],
          ],
        },
      },
    ],
  })

describe('npm run import', () => {
  it('dry-runs, refuses what it cannot place with advice, and commits a batch', { timeout: 180_000 }, async () => {
    const testDb = usingPostgres ? await createTestDatabase() : undefined
    const env: Record<string, string> = testDb?.url ? { DATABASE_URL: testDb.url } : { PGLITE_DIR: join(work, 'db') }
    if (!testDb) await createMigratedPgliteDir(env.PGLITE_DIR!)
    const declared = join(work, 'declared.geojson')
    const bare = join(work, 'bare.geojson')
    writeFileSync(declared, parcelFile('EPSG:4549'))
    writeFileSync(bare, parcelFile())
    try {
      // The tool's own process once, refusing with advice and no stack trace; then its command on a database kept open.
      const unplaced = await runImportCli([bare], env)
      expect(unplaced.code).toBe(1)
      expect(unplaced.out).toMatch(/Error: bare\.geojson: .*no coordinate system was given; .*EPSG:4549/)
      expect(unplaced.out).not.toMatch(/\n\s+at /)
      const database = testDb ?? (await openDatabase({ kind: 'pglite', dir: env.PGLITE_DIR! }))
      try {
        await importInProcess(database, declared, bare)
      } finally {
        if (!testDb) await database.close()
      }
    } finally {
      await testDb?.close()
    }
  })
})

async function importInProcess(database: OpenDatabase, declared: string, bare: string) {
  const dry = await runCommandOn(importCommand, [declared, '--dry-run'], database)
  expect(dry).toMatchObject({ code: 0, out: expect.stringContaining('Dry run: nothing written') })
  expect(dry.out).toContain('宗地号 → code')
  const notEpsg = await runCommandOn(importCommand, [bare, '--crs', 'WGS84'], database)
  expect(notEpsg.out).toContain('--crs: “WGS84” is not an EPSG code')
  const committed = await runCommandOn(importCommand, [bare, '--crs', 'EPSG:4549'], database)
  expect(committed).toMatchObject({
    code: 0,
    out: expect.stringMatching(/Committed batch \d+: 1 inserted, 0 updated, 0 unchanged/),
  })
  const again = await runCommandOn(importCommand, [bare, '--crs', '4549'], database)
  expect(again.out).toMatch(/0 inserted, 0 updated, 1 unchanged/)
  await mappingInProcess(database, bare)
  await contextInProcess(database, bare)
}

/** A column's field changed with --map, a whole mapping from --mapping file.json, and what each leaves out with a sample. */
async function mappingInProcess(database: OpenDatabase, file: string) {
  const changed = await runCommandOn(
    importCommand,
    [file, '--crs', '4549', '--dry-run', '--map', '用地性质='],
    database,
  )
  expect(changed.out).toContain('not imported: 用地性质 (“一类工业用地”)')
  expect(changed.out).toContain('宗地号 → code')
  const bad = await runCommandOn(importCommand, [file, '--crs', '4549', '--map', '用地性质=usage'], database)
  expect(bad).toMatchObject({ code: 1, out: expect.stringContaining('--map 用地性质=usage: “usage” is not a field') })
  const mappingJson = join(work, 'mapping.json')
  writeFileSync(mappingJson, JSON.stringify({ 宗地号: 'code', 用地性质: 'location_desc' }))
  const saving = [file, '--crs', '4549', '--dry-run', '--mapping', mappingJson, '--save-profile', '测绘院']
  const whole = await runCommandOn(importCommand, saving, database)
  expect(whole.out).toContain('宗地号 → code, 用地性质 → location_desc; not imported: 面积（㎡） (“40000”)')
  expect(whole.out).toContain('Saved the mapping as “测绘院” (--profile 测绘院 next time)')
  const again = await runCommandOn(importCommand, [file, '--crs', '4549', '--dry-run', '--profile', '测绘院'], database)
  // The saved mapping left 面积 out: so does the next file read with it.
  expect(again.out).toContain('宗地号 → code, 用地性质 → location_desc; not imported: 面积（㎡） (“40000”)')
  const drawing = join(work, '红线.dxf')
  writeFileSync(drawing, importFixture('red-lines-unlabelled-4549.dxf'))
  const named = await runCommandOn(
    importCommand,
    [drawing, '--crs', '4549', '--dry-run', '--code-prefix', 'FH-'],
    database,
  )
  expect(named.out).toContain('row 2: named FH-002 (--code-prefix)')
  const both = await runCommandOn(importCommand, [drawing, '--code-prefix', 'FH-', '--code-from-handle'], database)
  expect(both).toMatchObject({ code: 1, out: expect.stringContaining('one rule or the other') })
}

/** The same file read as a context area (a water body), then as an unknown kind. */
async function contextInProcess(database: OpenDatabase, file: string) {
  const water = await runCommandOn(importCommand, [file, '--crs', 'EPSG:4549', '--context', 'water'], database)
  expect(water).toMatchObject({ code: 0, out: expect.stringContaining('Kept 1 water features in the context layer') })
  expect(water.out).toContain('EPSG:4549; no name column')
  const lake = await runCommandOn(importCommand, [file, '--context', 'lake'], database)
  expect(lake).toMatchObject({ code: 1, out: expect.stringContaining('--context: one of road_major, road_minor') })
}
