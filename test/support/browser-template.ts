import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { inject } from 'vitest'
import { buildWebIfNeeded } from '../../scripts/build-web-if-needed.js'
import { startServerProcess } from '../../scripts/server-process.js'
import { createDatabaseFromTemplate } from '../../server/db/postgres-admin.js'
import { demoTemplateDatabase } from './global-setup.js'

/** A demo server's kept data: its data directory, and on PostgreSQL the database it loaded (a template for copies). */
export interface BrowserTemplate {
  dataDir: string
  database?: string
  /** What that first start printed, as `npm start` on a fresh machine prints it. */
  firstStartOutput: string
}

/**
 * The demo data every browser file starts from. The first file of a run to ask builds the web app and starts one
 * server that migrates and loads the demo (about 30 s); the others wait and then copy its data, which starts in seconds.
 * Worker processes share nothing else, so the first to create the lock directory builds and the rest poll for its result.
 */
export async function browserTemplate(): Promise<BrowserTemplate> {
  const root = inject('browserTemplateDir')
  const dataDir = join(root, 'data')
  const database = process.env.DATABASE_URL ? demoTemplateDatabase(root) : undefined
  if (claimBuild(root)) {
    try {
      writeFileSync(join(root, 'output.txt'), await buildTemplate(dataDir, database))
      writeFileSync(join(root, 'ready'), '')
    } catch (error) {
      writeFileSync(join(root, 'failed'), String(error))
      throw error
    }
  }
  await waitForTemplate(root)
  return { dataDir, database, firstStartOutput: readFileSync(join(root, 'output.txt'), 'utf8') }
}

function claimBuild(root: string): boolean {
  try {
    mkdirSync(join(root, 'lock'))
    return true
  } catch {
    return false
  }
}

/** Starts a server on fresh data as `npm start` does, stops it, keeps its data; returns what it printed. */
async function buildTemplate(dataDir: string, database: string | undefined): Promise<string> {
  buildWebIfNeeded(() => undefined)
  const url = process.env.DATABASE_URL
  const env: Record<string, string> =
    url && database ? { DATABASE_URL: await createDatabaseFromTemplate(url, database, 'template0'), DEMO: '1' } : {}
  const server = await startServerProcess(env)
  await server.stop({ keepData: true })
  renameSync(server.dataDir, dataDir)
  return server.output()
}

async function waitForTemplate(root: string) {
  for (;;) {
    if (existsSync(join(root, 'ready'))) return
    if (existsSync(join(root, 'failed'))) {
      throw new Error(`the browser tests' demo server did not start: ${readFileSync(join(root, 'failed'), 'utf8')}`)
    }
    await sleep(250)
  }
}
