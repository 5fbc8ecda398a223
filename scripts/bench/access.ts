/**
 * Access-control and backup benchmark (issue 3), in one process on the configured database
 * (PGlite in memory by default, PostgreSQL with DATABASE_URL). Prints:
 *  - GET /api/parcels?bbox (a park's view) anonymous vs signed in: the cost of resolving the session,
 *    as a ratio to the anonymous request measured in the same run
 *  - one sign-in (scrypt N=2^15) against the same anonymous request
 *  - backup and restore of the demo region: rows per second, file size, restore/backup ratio
 * Run: npm run bench:access
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../../server/app.js'
import { restoreBackup, writeBackup } from '../../server/backup/backup.js'
import { loadConfig } from '../../server/config.js'
import { migrationNames } from '../../server/db/migrations/index.js'
import type { OpenDatabase } from '../../server/db/open-database.js'
import { ensureDemoAccounts } from '../../server/demo/demo-accounts.js'
import { loadDemo } from '../../server/demo/load-demo.js'
import { openBenchDatabase } from './bench-database.js'

const PARK_BBOX = '121.746,29.540,121.813,29.576'
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function timeRequests(run: () => Promise<Response>, n: number): Promise<number> {
  for (let i = 0; i < 5; i++) await (await run()).arrayBuffer()
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const started = performance.now()
    const res = await run()
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`)
    times.push(performance.now() - started)
  }
  return median(times)
}

async function main() {
  const database = await openBenchDatabase()
  try {
    const counts = await loadDemo(database.db)
    const passwords = {
      admin: 'bench-admin-pass',
      planner: 'bench-planner-pass',
      promoter: 'bench-promoter-pass',
      viewer: 'bench-viewer-pass',
    }
    await ensureDemoAccounts(database.db, passwords, true)
    const app = createApp({ db: database.db, dbKind: database.kind, config: loadConfig({ ...process.env, DEMO: '1' }) })
    const signIn = async () =>
      app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'viewer', password: passwords.viewer }),
      })
    const cookie = (await signIn()).headers.get('set-cookie')!.split(';')[0]!
    const get = (path: string, headers: Record<string, string> = {}) =>
      timeRequests(async () => app.request(path, { headers }), 60)
    const parksAnonymous = await get('/api/parks')
    const parksSignedIn = await get('/api/parks', { cookie })
    const anonymous = await get(`/api/parcels?bbox=${PARK_BBOX}`)
    const signedIn = await get(`/api/parcels?bbox=${PARK_BBOX}`, { cookie })
    const login = await timeRequests(signIn, 10)
    console.log(`database: ${database.kind}; demo: ${JSON.stringify(counts)}`)
    console.log(
      `GET /api/parks, the same answer for both: anonymous ${parksAnonymous.toFixed(2)} ms, signed in ${parksSignedIn.toFixed(2)} ms — session lookup ratio ${(parksSignedIn / parksAnonymous).toFixed(2)}×`,
    )
    console.log(`GET /api/parcels (park view), anonymous (reference): ${anonymous.toFixed(2)} ms median of 60`)
    console.log(
      `GET /api/parcels (park view), signed in (staff fields, unpublished too): ${signedIn.toFixed(2)} ms — ratio ${(signedIn / anonymous).toFixed(2)}×`,
    )
    console.log(
      `POST /api/auth/login (scrypt N=2^15): ${login.toFixed(1)} ms median of 10 — ratio ${(login / anonymous).toFixed(1)}× the reference`,
    )
    await benchBackup(database)
  } finally {
    await database.close()
  }
}

async function benchBackup(database: OpenDatabase) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'))
  try {
    const file = join(dir, 'bench.jsonl.gz')
    let started = performance.now()
    const header = await writeBackup(database.db, database.kind, file)
    const backupMs = performance.now() - started
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0)
    started = performance.now()
    await restoreBackup(database.db, database.kind, file, migrationNames)
    const restoreMs = performance.now() - started
    console.log(
      `backup: ${rows} rows in ${backupMs.toFixed(0)} ms (${Math.round(rows / (backupMs / 1000))} rows/s), ${(statSync(file).size / 1024).toFixed(0)} kB gzip`,
    )
    console.log(
      `restore with verification: ${restoreMs.toFixed(0)} ms — ratio ${(restoreMs / backupMs).toFixed(2)}× the backup`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
