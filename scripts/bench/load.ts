/**
 * Load benchmark (issue 15): the real server as `npm start` runs it, on PGlite and then on PostgreSQL, under 100
 * concurrent anonymous clients on parcels and blocks while a planner makes 5 edits a second; then the health check's
 * latency while a 20 000-parcel import commits. Sends only to 127.0.0.1, and stops by itself.
 * Prints per route req/s, p50/p99/max, errors and load shed (503), server RSS before and after, edits that succeeded,
 * and each figure's ratio to the same route answered to one client in the same run (the reference).
 * Run: npm run bench:load [-- SECONDS]   (60 by default; PostgreSQL is measured when DATABASE_URL is set)
 */
import { readFileSync } from 'node:fs'
import { createDatabaseFromTemplate, dropDatabase } from '../../server/db/postgres-admin.js'
import { buildWebIfNeeded } from '../build-web-if-needed.js'
import { parcelGridGeoJson } from '../fixtures/parcel-grid.js'
import { type ServerProcess, startServerProcess } from '../server-process.js'

const SECONDS = Number(process.argv[2] ?? 60)
const CLIENTS = 100
const EDITS_PER_SECOND = 5
const IMPORT_PARCELS = 20_000
const PARK_BBOX = '121.746,29.540,121.813,29.576'
const ROUTES = { parcels: `/api/parcels?bbox=${PARK_BBOX}`, blocks: '/api/blocks' } as const

interface Tally {
  times: number[]
  ok: number
  shed: number
  errors: number
}

const newTally = (): Tally => ({ times: [], ok: 0, shed: 0, errors: 0 })
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? Number.NaN
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

async function timed(url: string, init?: RequestInit): Promise<{ ms: number; status: number }> {
  const started = performance.now()
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) })
    await res.arrayBuffer()
    return { ms: performance.now() - started, status: res.status }
  } catch {
    return { ms: performance.now() - started, status: 0 }
  }
}

function record(tally: Tally, { ms, status }: { ms: number; status: number }) {
  tally.times.push(ms)
  if (status >= 200 && status < 300) tally.ok++
  else if (status === 503) tally.shed++
  else tally.errors++
}

/** One client at a time, 20 requests: what the route costs unloaded. */
async function reference(base: string, path: string): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < 20; i++) times.push((await timed(base + path)).ms)
  return percentile(times, 0.5)
}

async function signIn(server: ServerProcess, base: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'planner', password: server.demoPassword('planner') }),
  })
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('atlas_session='))!
    .split(';')[0]!
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken }
}

/** One edit: read the parcel's version, then change its start price with If-Match. */
async function editOnce(
  base: string,
  session: { cookie: string; csrf: string },
  id: number,
  price: number,
): Promise<boolean> {
  const current = await fetch(`${base}/api/parcels/${id}`, { headers: { cookie: session.cookie } })
  await current.arrayBuffer()
  const res = await fetch(`${base}/api/parcels/${id}`, {
    method: 'PATCH',
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'if-match': current.headers.get('etag') ?? '',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ start_price: price }),
  })
  await res.arrayBuffer()
  return res.ok
}

/** A planner's edits arrive five a second whatever the server is doing (open loop), each on a parcel of its own. */
async function editLoop(base: string, session: { cookie: string; csrf: string }, until: number, ids: number[]) {
  const edits: Promise<boolean>[] = []
  for (let i = 0; Date.now() < until; i++) {
    edits.push(editOnce(base, session, ids[i % ids.length]!, 20 + (i % 10)))
    await new Promise((resolve) => setTimeout(resolve, 1000 / EDITS_PER_SECOND))
  }
  const results = await Promise.all(edits)
  return { attempted: results.length, succeeded: results.filter(Boolean).length }
}

async function clientLoop(base: string, until: number, tallies: Record<keyof typeof ROUTES, Tally>, offset: number) {
  const names = Object.keys(ROUTES) as (keyof typeof ROUTES)[]
  for (let i = offset; Date.now() < until; i++) {
    const name = names[i % names.length]!
    record(tallies[name], await timed(base + ROUTES[name]))
  }
}

async function parcelIds(base: string): Promise<number[]> {
  const page = (await (await fetch(`${base}/api/parcels?format=json&limit=200`)).json()) as { items: { id: number }[] }
  return page.items.map((p) => p.id)
}

async function loadPhase(server: ServerProcess, base: string) {
  const refs = { parcels: await reference(base, ROUTES.parcels), blocks: await reference(base, ROUTES.blocks) }
  const session = await signIn(server, base)
  const ids = await parcelIds(base)
  const tallies = { parcels: newTally(), blocks: newTally() }
  const until = Date.now() + SECONDS * 1000
  const rssBefore = rssMb(server.pid)
  const [edits] = await Promise.all([
    editLoop(base, session, until, ids),
    ...Array.from({ length: CLIENTS }, (_, i) => clientLoop(base, until, tallies, i)),
  ])
  return { refs, tallies, edits, rssBefore, rssAfter: rssMb(server.pid), session }
}

/** Health polled every 100 ms while the import commits: the figure that says the server stays alive. */
async function healthDuringImport(base: string, session: { cookie: string; csrf: string }) {
  const body = JSON.stringify({
    file_name: 'load.geojson',
    format: 'geojson',
    content: parcelGridGeoJson(IMPORT_PARCELS, [700_000, 3_280_000], 'LOAD-'),
    dry_run: false,
  })
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' }
  let done = false
  const started = performance.now()
  const importing = fetch(`${base}/api/imports`, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(600_000),
  }).then(async (res) => {
    const answer = (await res.json()) as { batch?: { inserted: number } | null; message?: string }
    done = true
    return {
      status: res.status,
      inserted: answer.batch?.inserted ?? 0,
      seconds: (performance.now() - started) / 1000,
      message: answer.message,
    }
  })
  const health: number[] = []
  while (!done) {
    health.push((await timed(`${base}/api/health`)).ms)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { result: await importing, health }
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`

function report(
  label: string,
  phase: Awaited<ReturnType<typeof loadPhase>>,
  imported: Awaited<ReturnType<typeof healthDuringImport>>,
) {
  console.log(`\n== ${label}: ${CLIENTS} clients for ${SECONDS} s, ${EDITS_PER_SECOND} edits/s ==`)
  for (const [name, tally] of Object.entries(phase.tallies)) {
    const total = tally.times.length
    const p50 = percentile(tally.times, 0.5)
    console.log(
      `${name.padEnd(8)} ${(total / SECONDS).toFixed(1)} req/s · p50 ${fmt(p50)} p99 ${fmt(percentile(tally.times, 0.99))} max ${fmt(Math.max(...tally.times))} · ` +
        `errors ${((100 * tally.errors) / total).toFixed(2)} % · shed (503) ${((100 * tally.shed) / total).toFixed(1)} % · ` +
        `reference (1 client) p50 ${fmt(phase.refs[name as keyof typeof phase.refs])}, ratio ${(p50 / phase.refs[name as keyof typeof phase.refs]).toFixed(1)}×`,
    )
  }
  console.log(`edits: ${phase.edits.succeeded} of ${phase.edits.attempted} succeeded`)
  console.log(`server RSS: ${phase.rssBefore.toFixed(0)} MB before, ${phase.rssAfter.toFixed(0)} MB after the load`)
  const { result, health } = imported
  console.log(
    `import of ${IMPORT_PARCELS} parcels: HTTP ${result.status}, ${result.inserted} inserted in ${result.seconds.toFixed(1)} s${result.message ? ` (${result.message})` : ''}`,
  )
  console.log(
    `health during the import: ${health.length} checks, p50 ${fmt(percentile(health, 0.5))} p99 ${fmt(percentile(health, 0.99))} max ${fmt(Math.max(...health))}`,
  )
}

async function measure(label: string, env: Record<string, string>) {
  const server = await startServerProcess(env)
  try {
    const base = server.url.replace(/\/$/, '')
    const phase = await loadPhase(server, base)
    report(label, phase, await healthDuringImport(base, phase.session))
  } finally {
    await server.stop()
  }
}

async function main() {
  buildWebIfNeeded(() => undefined)
  await measure('PGlite (embedded)', {})
  const url = process.env.DATABASE_URL
  if (!url) return console.log('\n(set DATABASE_URL to measure PostgreSQL in the same run)')
  const name = `atlas_bench_load_${process.pid}`
  try {
    await measure('PostgreSQL + PostGIS', {
      DATABASE_URL: await createDatabaseFromTemplate(url, name, 'template0'),
      DEMO: '1',
    })
  } finally {
    await dropDatabase(url, name)
  }
}

await main()
