import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { z } from '@hono/zod-openapi'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { restoreBackup, writeBackup } from '../../../server/backup/backup.js'
import { listBackupTables, tableChecksum } from '../../../server/backup/backup.repo.js'
import type { Db } from '../../../server/db/database.js'
import { migrateToLatest } from '../../../server/db/migrate.js'
import { migrationNames } from '../../../server/db/migrations/index.js'
import { openPgliteThread } from '../../../server/db/open-database.js'
import { loadDemo } from '../../../server/demo/load-demo.js'
import { insertParcels } from '../../../server/land/parcels.repo.js'
import type { parcelFeatureSchema } from '../../../server/land/parcels.schema.js'
import { accessScenario } from '../../support/access-scenario.js'
import { squareJson } from '../../support/scenarios.js'
import { call, jsonOf, signIn } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase, usingPostgres } from '../../support/test-database.js'

const dir = mkdtempSync(join(tmpdir(), 'atlas-backup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let sourceBackup: Promise<string[]> | undefined
/** The lines of a backup of the access scenario, made once for the tests that alter a copy of it. */
function sourceBackupLines(): Promise<string[]> {
  sourceBackup ??= (async () => {
    const file = join(dir, 'source.jsonl.gz')
    const source = await createTestDatabase()
    try {
      await accessScenario(source.db)
      await writeBackup(source.db, source.kind, file)
    } finally {
      await source.close()
    }
    return gunzipSync(readFileSync(file)).toString('utf8').split('\n')
  })()
  return sourceBackup
}

async function checksums(db: Db) {
  const result: Record<string, { rows: number; md5: string }> = {}
  for (const table of await listBackupTables(db)) result[table.name] = await tableChecksum(db, table)
  return result
}

describe('backup drill: write, back up, destroy, restore, compare', () => {
  it('restores every row exactly (counts and checksums), sign-in works and ids continue', {
    timeout: 240_000,
  }, async () => {
    const file = join(dir, 'drill.jsonl.gz')
    const original = await createTestDatabase()
    // The demo region first: tables larger than one restore batch (659 parcels), self-referencing chain segments.
    await loadDemo(original.db)
    // A parent with a higher id than its child: only a second pass can restore that reference.
    await sql`UPDATE chain_segments SET parent_id = (SELECT max(id) FROM chain_segments) WHERE id = (SELECT min(id) FROM chain_segments)`.execute(
      original.db,
    )
    const scenario = await accessScenario(original.db)
    const app1 = createTestApp(original)
    const planner = await signIn(app1, 'planner')
    expect(
      (
        await call(app1, planner, 'PATCH', `/api/parcels/${scenario.parcelIds['TP-02']}`, {
          body: { start_price: 77.7 },
          ifMatch: '"1"',
        })
      ).status,
    ).toBe(200)
    const before = await checksums(original.db)
    const header = await writeBackup(original.db, original.kind, file)
    expect(header.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['parcels', 'projects', 'users', 'audit_log', 'chain_segments', 'stories']),
    )
    expect(before.parcels!.rows).toBeGreaterThan(600)
    expect(before.projects!.rows).toBe(49)
    // The scenario's project edit and the planner's parcel edit, and its stories: 3 created, 2 published, 1 edited.
    expect(before.audit_log!.rows).toBe(8)
    expect(before.stories!.rows).toBe(4)
    await original.close() // destroyed: the PostgreSQL test database is dropped, the PGlite one discarded

    const restored = await createTestDatabase()
    try {
      expect((await checksums(restored.db)).parcels!.rows).toBe(0)
      const report = await restoreBackup(restored.db, restored.kind, file, migrationNames)
      expect(report.tables.every((t) => t.checksum === 'equal')).toBe(true)
      expect(await checksums(restored.db)).toEqual(before)
      const app2 = createTestApp(restored)
      const again = await signIn(app2, 'planner')
      const parcel = await jsonOf<z.infer<typeof parcelFeatureSchema>>(
        await call(app2, again, 'GET', `/api/parcels/${scenario.parcelIds['TP-02']}`),
      )
      expect(parcel.properties).toMatchObject({ start_price: 77.7, version: 2 })
      const ids = await insertParcels(restored.db, [
        {
          code: 'NEW',
          land_use_code: '100101',
          land_use_name: '工业',
          location_desc: '',
          status: 'reserve',
          is_standard_land: false,
          is_net_land: false,
          utilities: [],
          published: false,
          geometryJson: squareJson(121.05, 30.05, 0.001),
        },
      ])
      expect(ids.get('NEW')).toBeGreaterThan(Math.max(...Object.values(scenario.parcelIds)))
    } finally {
      await restored.close()
    }
  })

  it('refuses a tampered backup as a whole: nothing in the target changes', async () => {
    const lines = await sourceBackupLines()
    const tampered = join(dir, 'tampered.jsonl.gz')
    writeFileSync(
      tampered,
      gzipSync(lines.filter((l) => !l.startsWith('{"t":"parcels"') || !l.includes('TP-02')).join('\n')),
    )

    const target = await createTestDatabase()
    try {
      await accessScenario(target.db)
      const before = await checksums(target.db)
      await expect(restoreBackup(target.db, target.kind, tampered, migrationNames)).rejects.toThrow(
        /parcels has 2 rows, the backup 3/,
      )
      expect(await checksums(target.db)).toEqual(before)
      await expect(restoreBackup(target.db, target.kind, join(dir, 'missing.gz'), migrationNames)).rejects.toThrow(
        /No backup file/,
      )
    } finally {
      await target.close()
    }
  })

  it('refuses a backup whose values the database would not store as the file has them', async () => {
    // 起始价 is numeric(10, 1): 77.77 would be stored as 77.8, silently, were the restore not checked value by value.
    const lines = (await sourceBackupLines()).map((line) => {
      if (!line.startsWith('{"t":"parcels"') || !line.includes('TP-02')) return line
      const row = JSON.parse(line) as { t: string; r: Record<string, unknown> }
      return JSON.stringify({ ...row, r: { ...row.r, start_price: 77.77 } })
    })
    const rounded = join(dir, 'rounded.jsonl.gz')
    writeFileSync(rounded, gzipSync(lines.join('\n')))
    const target = await createTestDatabase()
    try {
      await expect(restoreBackup(target.db, target.kind, rounded, migrationNames)).rejects.toThrow(
        /parcels differs from the backup \(a value was not stored as the file has it\)/,
      )
      expect((await checksums(target.db)).parcels!.rows).toBe(0)
    } finally {
      await target.close()
    }
  })

  it.runIf(usingPostgres)(
    'restores a PGlite backup into PostgreSQL, every value checked',
    { timeout: 180_000 },
    async () => {
      const file = join(dir, 'from-pglite.jsonl.gz')
      const embedded = await openPgliteThread()
      try {
        await migrateToLatest(embedded.db)
        await accessScenario(embedded.db)
        await sql`UPDATE parcels SET start_price = 12.3, far_max = 1.25, available_from = '2027-02-28' WHERE code = 'TP-01'`.execute(
          embedded.db,
        )
        await writeBackup(embedded.db, embedded.kind, file)
      } finally {
        await embedded.close()
      }
      const target = await createTestDatabase()
      try {
        const report = await restoreBackup(target.db, target.kind, file, migrationNames)
        expect(report.header.database).toBe('pglite')
        expect(report.tables.every((t) => t.checksum === 'values equal')).toBe(true)
        const parcel = await target.db
          .selectFrom('parcels')
          .select(['start_price', 'far_max', 'available_from'])
          .where('code', '=', 'TP-01')
          .executeTakeFirstOrThrow()
        expect([Number(parcel.start_price), Number(parcel.far_max), parcel.available_from]).toEqual([
          12.3,
          1.25,
          '2027-02-28',
        ])
      } finally {
        await target.close()
      }
    },
  )

  it('refuses a backup made by a newer version', async () => {
    const file = join(dir, 'future.jsonl.gz')
    const header = {
      format: 'invest-atlas-backup',
      version: 1,
      createdAt: '',
      database: 'pglite',
      migrations: ['29991231T2359-from-the-future'],
      tables: [],
    }
    writeFileSync(file, gzipSync(`${JSON.stringify(header)}\n`))
    const target = await createTestDatabase()
    try {
      await expect(restoreBackup(target.db, target.kind, file, migrationNames)).rejects.toThrow(/newer version/)
    } finally {
      await target.close()
    }
  })
})
