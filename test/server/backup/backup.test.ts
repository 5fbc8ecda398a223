import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { restoreBackup, writeBackup } from '../../../server/backup/backup.js'
import { listBackupTables, tableChecksum } from '../../../server/backup/backup.repo.js'
import type { Db } from '../../../server/db/database.js'
import { migrationNames } from '../../../server/db/migrations/index.js'
import { loadDemo } from '../../../server/demo/load-demo.js'
import { insertParcels } from '../../../server/land/parcels.repo.js'
import { accessScenario } from '../../support/access-scenario.js'
import { squareJson } from '../../support/scenarios.js'
import { call, signIn } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

const dir = mkdtempSync(join(tmpdir(), 'atlas-backup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function checksums(db: Db) {
  const result: Record<string, { rows: number; md5: string }> = {}
  for (const table of await listBackupTables(db)) result[table.name] = await tableChecksum(db, table)
  return result
}

describe('backup drill: write, back up, destroy, restore, compare', () => {
  it('restores every row exactly (counts and checksums), sign-in works and ids continue', { timeout: 120_000 }, async () => {
    const file = join(dir, 'drill.jsonl.gz')
    const original = await createTestDatabase()
    // The demo region first: tables larger than one restore batch (659 parcels), self-referencing chain segments.
    await loadDemo(original.db)
    // A parent with a higher id than its child: only a second pass can restore that reference.
    await sql`UPDATE chain_segments SET parent_id = (SELECT max(id) FROM chain_segments) WHERE id = (SELECT min(id) FROM chain_segments)`.execute(original.db)
    const scenario = await accessScenario(original.db)
    const app1 = createTestApp(original)
    const planner = await signIn(app1, 'planner')
    expect((await call(app1, planner, 'PATCH', `/api/parcels/${scenario.parcelIds['TP-02']}`, { body: { start_price: 77.7 }, ifMatch: '"1"' })).status).toBe(200)
    const before = await checksums(original.db)
    const header = await writeBackup(original.db, original.kind, file)
    expect(header.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['parcels', 'projects', 'users', 'audit_log', 'chain_segments']))
    expect(before.parcels!.rows).toBeGreaterThan(600)
    expect(before.projects!.rows).toBe(49)
    expect(before.audit_log!.rows).toBe(2)
    await original.close() // destroyed: the PostgreSQL test database is dropped, the PGlite one discarded

    const restored = await createTestDatabase()
    try {
      expect((await checksums(restored.db)).parcels!.rows).toBe(0)
      const report = await restoreBackup(restored.db, restored.kind, file, migrationNames)
      expect(report.tables.every((t) => t.checksum === 'equal')).toBe(true)
      expect(await checksums(restored.db)).toEqual(before)
      const app2 = createTestApp(restored)
      const again = await signIn(app2, 'planner')
      const parcel = (await (await call(app2, again, 'GET', `/api/parcels/${scenario.parcelIds['TP-02']}`)).json()) as any
      expect(parcel.properties).toMatchObject({ start_price: 77.7, version: 2 })
      const ids = await insertParcels(restored.db, [{ code: 'NEW', land_use_code: '100101', land_use_name: '工业', location_desc: '', status: 'reserve', is_standard_land: false, is_net_land: false, utilities: [], published: false, geometryJson: squareJson(121.05, 30.05, 0.001) }])
      expect(ids.get('NEW')).toBeGreaterThan(Math.max(...Object.values(scenario.parcelIds)))
    } finally {
      await restored.close()
    }
  })

  it('refuses a tampered backup as a whole: nothing in the target changes', async () => {
    const file = join(dir, 'source.jsonl.gz')
    const source = await createTestDatabase()
    await accessScenario(source.db)
    await writeBackup(source.db, source.kind, file)
    await source.close()
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n')
    const tampered = join(dir, 'tampered.jsonl.gz')
    writeFileSync(tampered, gzipSync(lines.filter((l) => !l.startsWith('{"t":"parcels"') || !l.includes('TP-02')).join('\n')))

    const target = await createTestDatabase()
    try {
      await accessScenario(target.db)
      const before = await checksums(target.db)
      await expect(restoreBackup(target.db, target.kind, tampered, migrationNames)).rejects.toThrow(/parcels has 2 rows, the backup 3/)
      expect(await checksums(target.db)).toEqual(before)
      await expect(restoreBackup(target.db, target.kind, join(dir, 'missing.gz'), migrationNames)).rejects.toThrow(/No backup file/)
    } finally {
      await target.close()
    }
  })

  it('refuses a backup made by a newer version', async () => {
    const file = join(dir, 'future.jsonl.gz')
    const header = { format: 'invest-atlas-backup', version: 1, createdAt: '', database: 'pglite', migrations: ['29991231T2359-from-the-future'], tables: [] }
    writeFileSync(file, gzipSync(`${JSON.stringify(header)}\n`))
    const target = await createTestDatabase()
    try {
      await expect(restoreBackup(target.db, target.kind, file, migrationNames)).rejects.toThrow(/newer version/)
    } finally {
      await target.close()
    }
  })
})
