/**
 * Land benchmark (issue 4): 100 000 generated parcels; times the full block computation and a filtered
 * parcel query, on the configured database (PGlite in memory by default, PostgreSQL with DATABASE_URL).
 * Reference in the same run: the bare ST_ClusterDBSCAN over the same candidates.
 * Run: npm run bench:land [-- PARCELS]
 */
import { sql } from 'kysely'
import { migrateToLatest } from '../../server/db/migrate.js'
import { createPglite, type OpenDatabase, openPostgres, wrapPglite } from '../../server/db/open-database.js'
import { computeBlocks } from '../../server/land/blocks.js'
import { searchParcelFeatures } from '../../server/land/parcel-search.repo.js'
import { parcelListQuerySchema } from '../../server/land/parcels-query.schema.js'

const COUNT = Number(process.argv[2] ?? 100_000)

/** Rows of 50 m × 60 m parcels (4.5 mu) in groups of 6 × 6 separated by 12 m roads. */
async function generate(database: OpenDatabase, count: number) {
  const side = Math.ceil(Math.sqrt(count))
  await sql`
    INSERT INTO parcels (code, land_use_code, land_use_name, status, published, is_net_land, start_price, geom)
    SELECT 'BN-' || i, '100101', '一类工业用地',
      -- Mostly one status per group of 36, with one parcel in four drawn at random: blocks of all sizes.
      (ARRAY['available','available','reserve','built','supplied','intended'])[1 + (CASE WHEN i % 4 = 0 THEN i * 7919 ELSE (x / 6) * 7 + (y / 6) * 13 END) % 6],
      (i % 5) <> 0, (i % 3) = 0, 20 + (i % 40),
      ST_Multi(ST_MakeEnvelope(
        121.0 + (x * 50 + (x / 6) * 12) / 96800.0, 29.0 + (y * 60 + (y / 6) * 12) / 110850.0,
        121.0 + ((x + 1) * 50 + (x / 6) * 12) / 96800.0, 29.0 + ((y + 1) * 60 + (y / 6) * 12) / 110850.0, 4326))
    FROM (SELECT i, (i - 1) % ${side} AS x, (i - 1) / ${side} AS y FROM generate_series(1, ${count}) AS i) g`.execute(database.db)
  await sql`ANALYZE parcels`.execute(database.db)
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now()
  const result = await run()
  return [performance.now() - started, result]
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!

async function main() {
  const url = process.env.DATABASE_URL
  const database = url ? openPostgres(url, { statementTimeoutMs: 600_000 }) : wrapPglite(await createPglite())
  try {
    await migrateToLatest(database.db)
    const [generateMs] = await timed(() => generate(database, COUNT))
    const [dbscanMs] = await timed(() =>
      sql`SELECT count(DISTINCT c) FROM (SELECT ST_ClusterDBSCAN(geom, 0, 1) OVER () AS c FROM parcels WHERE status IN ('available','reserve')) s`.execute(database.db),
    )
    const [blocksMs, blocks] = await timed(() => computeBlocks(database.db, { statuses: ['available', 'reserve'], audience: 'staff' }, { gapM: 0, minMu: 100 }))
    const [gapMs, gapBlocks] = await timed(() => computeBlocks(database.db, { statuses: ['available', 'reserve'], audience: 'staff' }, { gapM: 15, minMu: 100 }))
    const query = parcelListQuerySchema.parse({ status: 'available', min_mu: '4', max_price: '50', sort: '-area_mu', limit: '200', bbox: '121.0,29.0,121.2,29.2' })
    const times: number[] = []
    for (let i = 0; i < 40; i++) times.push((await timed(() => searchParcelFeatures(database.db, query, 'public')))[0])
    console.log(`database: ${database.kind}; ${COUNT} parcels generated in ${(generateMs / 1000).toFixed(1)} s`)
    console.log(`reference: bare ST_ClusterDBSCAN(eps 0) over available+reserve: ${(dbscanMs / 1000).toFixed(2)} s`)
    console.log(`blocks gap 0: ${(blocksMs / 1000).toFixed(2)} s (${blocks.length} blocks ≥ 100 mu) — ratio ${(blocksMs / dbscanMs).toFixed(1)}× the reference`)
    console.log(`blocks gap 15 m: ${(gapMs / 1000).toFixed(2)} s (${gapBlocks.length} blocks ≥ 100 mu)`)
    console.log(`filtered parcel query (status, area, price, bbox, sort, 200 rows): p95 ${p95(times).toFixed(1)} ms over 40`)
  } finally {
    await database.close()
  }
}

await main()
