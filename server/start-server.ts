import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { createApp } from './app.js'
import type { Config } from './config.js'
import { migrateToLatest } from './db/migrate.js'
import { openDatabase } from './db/open-database.js'
import { demoAccountsLine, ensureDemoAccounts, loadDemoPasswords } from './demo/demo-accounts.js'
import { loadDemo } from './demo/load-demo.js'
import { isoDateIn } from './http/today.js'
import { keepMonthEnds } from './planning/unit-ranking.service.js'
import { countRegions } from './regions/regions.repo.js'

export const WEB_ROOT = fileURLToPath(new URL('../web/dist', import.meta.url))

export interface RunningServer {
  url: string
  stop: () => Promise<void>
}

/** Opens the database, migrates, loads the demo region on first start, then listens. Says each step aloud. */
export async function startServer(config: Config, log: (line: string) => void = console.log): Promise<RunningServer> {
  const started = Date.now()
  const where =
    config.database.kind === 'pglite'
      ? `embedded PGlite + PostGIS in ${config.database.dir}`
      : 'PostgreSQL + PostGIS (DATABASE_URL)'
  log(`Starting database: ${where}${config.database.kind === 'pglite' ? ' (the first start takes about 30 s)' : ''}`)
  const database = await openDatabase(config.database, { statementTimeoutMs: config.statementTimeoutMs })
  try {
    log('Migrating…')
    const applied = await migrateToLatest(database.db)
    log(applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Schema is up to date')
    if (config.demo && (await countRegions(database.db)) === 0) {
      log('Loading demo data (宁波市 district boundaries + generated demonstration parks, parcels and projects)…')
      const counts = await loadDemo(database.db)
      log(
        `Loaded ${Object.entries(counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}`,
      )
    }
    if (config.demo) {
      const { passwords, fresh } = loadDemoPasswords(config.demoAccountsFile)
      await ensureDemoAccounts(database.db, passwords, fresh)
      log(
        `Demo accounts (kept in ${config.demoAccountsFile}; change or disable them before real use): ${demoAccountsLine(passwords)}`,
      )
    }
  } catch (error) {
    await database.close()
    throw error
  }
  const app = createApp({ db: database.db, dbKind: database.kind, config, webRoot: WEB_ROOT })
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s))
  })
  const url = `http://${displayHost(config.host)}:${config.port}/`
  log(
    `Ready at ${url} (${((Date.now() - started) / 1000).toFixed(1)} s)${config.demo ? ' — demo data: 演示数据, not real land' : ''}`,
  )
  const today = () => isoDateIn(new Date(), config.timeZone)
  const stopMonthEnds = keepMonthEnds(database.db, config.pipeline, today, log)
  return {
    url,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await stopMonthEnds()
      await database.close()
    },
  }
}

/** The address to open: an unspecified listen address is reachable as localhost. */
const displayHost = (host: string) =>
  host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host.includes(':') ? `[${host}]` : host
