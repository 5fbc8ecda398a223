/**
 * Pipeline benchmark (issue 5): 20 000 parcels in 10 districts and 5 000 projects; times the project list with
 * its rules, the warnings inbox, supply against demand and the ranking through the app, signed in as a planner.
 * Reference in the same run: the bare SQL that gathers the same parcels and projects (what the pure core adds is
 * the ratio). Run: npm run bench:pipeline [-- PARCELS PROJECTS]
 */
import { sql } from 'kysely'
import { createApp } from '../../server/app.js'
import { hashPassword } from '../../server/auth/password.js'
import { loadConfig } from '../../server/config.js'
import type { OpenDatabase } from '../../server/db/open-database.js'
import { pipelineFigures, supplyParcels } from '../../server/planning/planning.repo.js'
import { insertUser } from '../../server/users/users.repo.js'
import { openBenchDatabase } from './bench-database.js'
import { generateParcels } from './generate-parcels.js'

const PARCELS = Number(process.argv[2] ?? 20_000)
const PROJECTS = Number(process.argv[3] ?? 5_000)

/** Ten district squares over the parcel grid, each parcel in the one its centre falls in; projects spread over them. */
async function generatePipeline(database: OpenDatabase) {
  const db = database.db
  await sql`INSERT INTO regions (code, name, name_en, city, level, geom, label_point)
    SELECT 'd' || i, '区' || i, 'District ' || i, '基准市', 'district',
      ST_Multi(ST_MakeEnvelope(121.0 + (i - 1) * 0.008, 28.9, 121.0 + i * 0.008, 29.5, 4326)), ST_Point(121.004 + (i - 1) * 0.008, 29.1, 4326)
    FROM generate_series(1, 10) i`.execute(db)
  await sql`UPDATE parcels p SET region_id = r.id FROM regions r WHERE ST_Intersects(r.geom, ST_PointOnSurface(p.geom))`.execute(
    db,
  )
  await sql`UPDATE parcels SET supplied_on = DATE '2026-11-22' - (id % 700) WHERE status IN ('supplied', 'built')`.execute(
    db,
  )
  await sql`INSERT INTO projects (code, name, investor_name, land_category, stage, stage_changed_on, signed_on, land_need_mu,
      total_investment_wan, foreign_capital_wan_usd, first_report_region_id, landing_region_id, parcel_id, first_reported_on)
    SELECT 'BJ-' || i, '基准项目' || i, '投资方' || i, CASE WHEN i % 7 = 0 THEN 'commerce' ELSE 'industrial' END,
      (ARRAY['lead','assessed','negotiating','signed','land_supplied','construction','production'])[1 + i % 7],
      DATE '2026-11-22' - (i % 300), CASE WHEN i % 7 >= 3 THEN DATE '2026-11-22' - (i % 400) END, 10 + i % 250,
      1000 + (i * 37) % 400000, CASE WHEN i % 4 = 0 THEN (i * 13) % 20000 END,
      (SELECT min(id) FROM regions) + i % 10, (SELECT min(id) FROM regions) + (i + (i % 5 = 0)::int) % 10,
      CASE WHEN i % 3 = 0 THEN (SELECT min(id) FROM parcels) + (i * 7) % ${PARCELS} END, DATE '2026-11-22' - (i % 60)
    FROM generate_series(1, ${PROJECTS}) i`.execute(db)
  await sql`INSERT INTO targets (region_id, year, metric, target) SELECT r.id, 2026, m, 100 FROM regions r,
    unnest(ARRAY['projects_1yi','projects_10yi','foreign_capital_usd_wan','industrial_land_investment_wan']) m`.execute(
    db,
  )
  await sql`ANALYZE`.execute(db)
}

async function median(run: () => Promise<unknown>, times: number): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const started = performance.now()
    await run()
    samples.push(performance.now() - started)
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!
}

async function main() {
  const database = await openBenchDatabase({ statementTimeoutMs: 600_000 })
  try {
    await generateParcels(database, PARCELS)
    await generatePipeline(database)
    await insertUser(database.db, {
      name: 'bench',
      displayName: '',
      role: 'planner',
      passwordHash: await hashPassword('bench-password-1'),
    })
    const app = createApp({
      db: database.db,
      dbKind: database.kind,
      config: loadConfig({ ...process.env, DEMO: '0' }),
      now: () => new Date('2026-11-22T04:00:00Z'),
    })
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'bench', password: 'bench-password-1' }),
    })
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const get = (path: string) => async () => {
      const res = await app.request(path, { headers: { cookie } })
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`)
      return res.arrayBuffer()
    }
    const reference = await median(() => Promise.all([supplyParcels(database.db), pipelineFigures(database.db)]), 7)
    const firstSupply = await median(get('/api/planning/supply-demand?group=district'), 1)
    console.log(`database: ${database.kind}; ${PARCELS} parcels, ${PROJECTS} projects`)
    console.log(`reference: gathering the parcels and projects (bare SQL): ${reference.toFixed(1)} ms median of 7`)
    console.log(`supply-demand, first request (blocks computed): ${firstSupply.toFixed(0)} ms`)
    for (const [label, path] of [
      ['GET /api/projects (rules on every project)', '/api/projects'],
      ['GET /api/projects/warnings', '/api/projects/warnings'],
      ['GET /api/planning/supply-demand (blocks cached)', '/api/planning/supply-demand?group=district'],
      ['GET /api/planning/ranking', '/api/planning/ranking'],
      ['GET /api/projects/export?list=signed (xlsx)', '/api/projects/export?list=signed'],
    ] as const) {
      const ms = await median(get(path), 7)
      console.log(`${label}: ${ms.toFixed(1)} ms median of 7 — ratio ${(ms / reference).toFixed(1)}× the reference`)
    }
    const heap = process.memoryUsage().heapUsed / 2 ** 20
    console.log(`heap after the run: ${heap.toFixed(0)} MB`)
  } finally {
    await database.close()
  }
}

await main()
