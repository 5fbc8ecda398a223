/**
 * Land benchmark (issue 4): 100 000 generated parcels; times the full block computation and a filtered
 * parcel query, on the configured database (PGlite in memory by default, PostgreSQL with DATABASE_URL).
 * Reference in the same run: the bare ST_ClusterDBSCAN over the same candidates.
 * Run: npm run bench:land [-- PARCELS]
 */
import { sql } from 'kysely'
import { computeBlocks, lastBlocksRun } from '../../server/land/blocks.js'
import { searchParcelFeatures } from '../../server/land/parcel-search.repo.js'
import { parcelListQuerySchema } from '../../server/land/parcels-query.schema.js'
import { resolveTextSearch } from '../../server/land/text-search.js'
import { openBenchDatabase } from './bench-database.js'
import { generateParcels as generate } from './generate-parcels.js'
import { timed } from './timed.js'

const COUNT = Number(process.argv[2] ?? 100_000)

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!

async function main() {
  const database = await openBenchDatabase({ statementTimeoutMs: 600_000 })
  try {
    const [generateMs] = await timed(() => generate(database, COUNT))
    const [dbscanMs] = await timed(() =>
      sql`SELECT count(DISTINCT c) FROM (SELECT ST_ClusterDBSCAN(geom, 0, 1) OVER () AS c FROM parcels WHERE status IN ('available','reserve')) s`.execute(
        database.db,
      ),
    )
    const [blocksMs, blocks] = await timed(() =>
      computeBlocks(database.db, { statuses: ['available', 'reserve'], audience: 'staff' }, { gapM: 0, minMu: 100 }),
    )
    const [gapMs, gapBlocks] = await timed(() =>
      computeBlocks(database.db, { statuses: ['available', 'reserve'], audience: 'staff' }, { gapM: 15, minMu: 100 }),
    )
    // One planner's edit: a parcel of the largest block moved 1 m east; the next computation measures its neighbourhood only.
    await sql`UPDATE parcels SET geom = ST_Translate(geom, 0.00001, 0) WHERE id = ${blocks[0]!.parcelIds[0]!}`.execute(
      database.db,
    )
    const [editMs] = await timed(() =>
      computeBlocks(database.db, { statuses: ['available', 'reserve'], audience: 'staff' }, { gapM: 0, minMu: 100 }),
    )
    const editRun = lastBlocksRun(
      database.db,
      { statuses: ['available', 'reserve'], audience: 'staff' },
      { gapM: 0, minMu: 100 },
    )
    const query = await resolveTextSearch(
      database.db,
      'public',
      parcelListQuerySchema.parse({
        status: 'available',
        min_mu: '4',
        max_price: '50',
        sort: '-area_mu',
        limit: '200',
        bbox: '121.0,29.0,121.2,29.2',
      }),
    )
    const times: number[] = []
    for (let i = 0; i < 40; i++) times.push((await timed(() => searchParcelFeatures(database.db, query, 'public')))[0])
    console.log(`database: ${database.kind}; ${COUNT} parcels generated in ${(generateMs / 1000).toFixed(1)} s`)
    console.log(`reference: bare ST_ClusterDBSCAN(eps 0) over available+reserve: ${(dbscanMs / 1000).toFixed(2)} s`)
    console.log(
      `blocks gap 0: ${(blocksMs / 1000).toFixed(2)} s (${blocks.length} blocks ≥ 100 mu) — ratio ${(blocksMs / dbscanMs).toFixed(1)}× the reference`,
    )
    console.log(
      `blocks gap 0 after one edit: ${(editMs / 1000).toFixed(2)} s (${editRun?.mode}: ${editRun?.outlinesMeasured} outlines measured, ${editRun?.shapesComputed} blocks dissolved) — ratio ${(editMs / blocksMs).toFixed(3)}× the full computation`,
    )
    console.log(`blocks gap 15 m: ${(gapMs / 1000).toFixed(2)} s (${gapBlocks.length} blocks ≥ 100 mu)`)
    console.log(
      `filtered parcel query (status, area, price, bbox, sort, 200 rows): p95 ${p95(times).toFixed(1)} ms over 40`,
    )
  } finally {
    await database.close()
  }
}

await main()
