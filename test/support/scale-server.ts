import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { generateParcels, type ParcelGrid } from '../../scripts/bench/generate-parcels.js'
import { type ServerProcess, startServerProcess } from '../../scripts/server-process.js'
import { type OpenDatabase, openDatabase, openPostgres } from '../../server/db/open-database.js'
import { createDatabaseFromTemplate, dropDatabase } from '../../server/db/postgres-admin.js'
import { launchBrowser } from './browser.js'
import { browserTemplate } from './browser-template.js'

/**
 * The demo server with `count` more parcels from the benchmark generator (the land at city scale), plus a browser.
 * The parcels are written before the server starts: an embedded database has one process at a time.
 */
/**
 * Demo ports and zones are removed first: each generated parcel's trigger would measure its distance to every one of
 * them (four times slower), and no distance is what this land is for.
 */
async function addParcels(database: OpenDatabase, count: number, grid: ParcelGrid) {
  try {
    await sql`DELETE FROM infrastructure`.execute(database.db)
    await sql`DELETE FROM sensitive_zones`.execute(database.db)
    await generateParcels(database, count, grid)
  } finally {
    await database.close()
  }
}

export function useScaleServer(count: number, grid: ParcelGrid) {
  const state = {} as { server: ServerProcess; browser: Browser }
  const database = `atlas_e2e_scale_${process.pid}`
  const work = mkdtempSync(join(tmpdir(), 'atlas-scale-'))
  beforeAll(async () => {
    const template = await browserTemplate()
    const url = process.env.DATABASE_URL
    let env: Record<string, string> = {}
    if (url && template.database) {
      const copy = await createDatabaseFromTemplate(url, database, template.database)
      await addParcels(openPostgres(copy, { statementTimeoutMs: 600_000 }), count, grid)
      env = { DATABASE_URL: copy, DEMO: '1' }
    } else {
      cpSync(template.dataDir, work, { recursive: true })
      await addParcels(await openDatabase({ kind: 'pglite', dir: join(work, 'pglite') }), count, grid)
    }
    state.server = await startServerProcess(env, { dataFrom: work })
    state.browser = await launchBrowser()
  }, 600_000)
  afterAll(async () => {
    await state.browser?.close()
    await state.server?.stop()
    rmSync(work, { recursive: true, force: true })
    if (process.env.DATABASE_URL) await dropDatabase(process.env.DATABASE_URL, database)
  })
  return state
}
