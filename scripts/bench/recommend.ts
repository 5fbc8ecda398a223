/**
 * 智寻址 benchmark (issue 7): 100 000 parcels of 100 m × 120 m (18 mu) in groups of 4 × 4, ports, stations,
 * interchanges, an airport, housing and water-source zones, a chain with 300 firms. Times POST /api/recommend for
 * the top 20 with full breakdown and assembly (2–3 parcels for 30–50 mu), p50 and p95, against the same SQL run
 * bare in the same run: gathering every parcel on offer with its facts and outline (what adjacency is built from),
 * the chain's firms, and measuring and presenting the sites shown. The API keeps the gathered parcels and their
 * adjacency per land revision, so warm it runs only the revision check and the last three queries; both are printed.
 * Run: npm run bench:recommend [-- PARCELS RUNS]
 */
import { sql } from 'kysely'
import { createApp } from '../../server/app.js'
import { loadConfig } from '../../server/config.js'
import { DEFAULT_BLOCK_STATUSES } from '../../server/land/blocks.js'
import { metricOutlines, metricSrid } from '../../server/land/blocks.repo.js'
import { measureSites, offeredParcels, presentSites, segmentContext } from '../../server/recommend/recommend.repo.js'
import { openBenchDatabase } from './bench-database.js'
import { generateParcels } from './generate-parcels.js'
import { generateSiteContext } from './generate-site-context.js'
import { percentile, samples } from './timed.js'

const PARCELS = Number(process.argv[2] ?? 100_000)
const RUNS = Number(process.argv[3] ?? 21)

const profile = (segmentId: number) => ({
  min_mu: 30,
  max_mu: 50,
  land_use: '1001',
  segment_id: segmentId,
  max_price: 55,
  max_km: { port: 30 },
  pollution: 'light',
  limit: 20,
})

type BenchDatabase = Awaited<ReturnType<typeof openBenchDatabase>>
interface Recommendation {
  candidates: { parcel_ids: number[]; whole_block: boolean }[]
  sites_found: number
  outlines_measured: number
  considered: number
}

/** POST /api/recommend through the app, as a visitor would, for the turbines profile. */
function recommender(database: BenchDatabase, segmentId: number) {
  const app = createApp({
    db: database.db,
    dbKind: database.kind,
    config: loadConfig({ ...process.env, DEMO: '0' }),
    now: () => new Date('2026-11-22T04:00:00Z'),
  })
  return async () => {
    const res = await app.request('/api/recommend', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(profile(segmentId)),
    })
    if (res.status !== 200) throw new Error(`recommend: ${res.status} ${await res.text()}`)
    return (await res.json()) as Recommendation
  }
}

/** The reference: the same SQL a recommendation reads, bare; and the part of it a warm request still runs. */
async function bareQueries(database: BenchDatabase, segmentId: number, first: Recommendation) {
  const top = first.candidates.map((c, site) => ({ site, parcelIds: c.parcel_ids, mainParcel: c.parcel_ids[0]! }))
  const measuredSites = top.slice(0, first.outlines_measured)
  const filter = { statuses: DEFAULT_BLOCK_STATUSES, audience: 'public' as const }
  const srid = await metricSrid(database.db, filter)
  const perRequest = async () => {
    await Promise.all([
      sql`SELECT string_agg(name || ':' || revision, '/') FROM atlas_revisions`.execute(database.db),
      segmentContext(database.db, segmentId),
    ])
    await measureSites(database.db, measuredSites)
    await presentSites(database.db, top)
  }
  const bare = async () => {
    await Promise.all([offeredParcels(database.db, 'public'), metricOutlines(database.db, filter, srid), perRequest()])
  }
  return { bare, perRequest }
}

async function main() {
  const database = await openBenchDatabase({ statementTimeoutMs: 600_000 })
  try {
    let started = performance.now()
    await generateParcels(database, PARCELS, { widthM: 100, heightM: 120, group: 4 })
    const loadMs = performance.now() - started
    await generateSiteContext(database)
    const contextMs = performance.now() - started - loadMs
    const segmentId = (
      await sql<{ id: number }>`SELECT id FROM chain_segments WHERE key = 'turbines'`.execute(database.db)
    ).rows[0]!.id
    const post = recommender(database, segmentId)
    started = performance.now()
    const first = await post()
    const firstMs = performance.now() - started
    const { bare, perRequest } = await bareQueries(database, segmentId, first)
    await bare()
    const runs = {
      reference: await samples(RUNS, bare),
      warmSql: await samples(RUNS, perRequest),
      api: await samples(RUNS, post),
    }
    printFigures(database.kind, { loadMs, contextMs, firstMs }, first, runs)
  } finally {
    await database.close()
  }
}

function printFigures(
  kind: string,
  { loadMs, contextMs, firstMs }: { loadMs: number; contextMs: number; firstMs: number },
  first: Recommendation,
  { reference, warmSql, api }: { reference: number[]; warmSql: number[]; api: number[] },
) {
  const assembled = first.candidates.filter((c) => c.parcel_ids.length > 1).length
  console.log(
    `database: ${kind}; ${PARCELS} parcels (inserted with their shapes in ${(loadMs / 1000).toFixed(1)} s; infrastructure and zones with every parcel's distances in ${(contextMs / 1000).toFixed(1)} s)`,
  )
  console.log(`profile: 30–50 mu industrial, turbines segment, ≤ 55 万元/亩, port ≤ 30 km, light pollution; top 20`)
  console.log(
    `considered ${first.considered} parcels on offer, ${first.sites_found} sites, ${assembled} of the top 20 assembled, ${first.outlines_measured} outlines measured`,
  )
  console.log(`first request (adjacency computed and cached): ${firstMs.toFixed(0)} ms`)
  console.log(
    `reference, the same SQL bare (all parcels on offer with outlines, firms, measure, present): p50 ${percentile(reference, 50).toFixed(1)} ms, p95 ${percentile(reference, 95).toFixed(1)} ms (${RUNS} runs)`,
  )
  console.log(
    `of which a warm request runs (revision check, firms, measure, present): p50 ${percentile(warmSql, 50).toFixed(1)} ms, p95 ${percentile(warmSql, 95).toFixed(1)} ms`,
  )
  console.log(
    `POST /api/recommend: p50 ${percentile(api, 50).toFixed(1)} ms, p95 ${percentile(api, 95).toFixed(1)} ms (${RUNS} runs)`,
  )
  console.log(
    `ratio API / the same SQL bare: p50 ${(percentile(api, 50) / percentile(reference, 50)).toFixed(2)}×, p95 ${(percentile(api, 95) / percentile(reference, 95)).toFixed(2)}×; cold API / bare: ${(firstMs / percentile(reference, 50)).toFixed(2)}×`,
  )
}

await main()
