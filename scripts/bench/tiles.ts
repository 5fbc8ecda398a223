/**
 * Tiles benchmark (issue 17): generated parcels, then 3 × 3 tiles around the land's centre at z12, z14 and z16,
 * through the HTTP app (4 clients at once, in process) against the bare tile query for the same tiles (the limit:
 * ST_AsMVT on PostgreSQL, the clip-and-encode on PGlite). Prints tiles per second, the ratio, and the largest tile.
 * Run: npm run bench:tiles [-- PARCELS]   (PostgreSQL: DATABASE_URL=… npm run bench:tiles)
 */
import { sql } from 'kysely'
import { createApp } from '../../server/app.js'
import { loadConfig } from '../../server/config.js'
import { type TileAddress, tileContaining } from '../../server/tiles/tile-coords.js'
import { renderTile } from '../../server/tiles/tiles.service.js'
import { openBenchDatabase } from './bench-database.js'
import { generateParcels } from './generate-parcels.js'
import { timed } from './timed.js'

const COUNT = Number(process.argv[2] ?? 100_000)
const CLIENTS = 4

function tilesAround(centre: TileAddress): TileAddress[] {
  return [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => ({ z: centre.z, x: centre.x + dx, y: centre.y + dy })))
}

/** Runs `fetchTile` over the tiles with CLIENTS at once; returns tiles per second and the largest size. */
async function throughput(tiles: TileAddress[], fetchTile: (tile: TileAddress) => Promise<number>) {
  const queue = [...tiles, ...tiles, ...tiles]
  let largest = 0
  const [ms] = await timed(() =>
    Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let tile = queue.pop(); tile; tile = queue.pop()) largest = Math.max(largest, await fetchTile(tile))
      }),
    ),
  )
  return { perSecond: (tiles.length * 3 * 1000) / ms, largest }
}

async function main() {
  const database = await openBenchDatabase({ statementTimeoutMs: 600_000 })
  try {
    const [generateMs] = await timed(() => generateParcels(database, COUNT))
    await sql`ANALYZE parcels`.execute(database.db)
    const env = database.kind === 'postgres' ? { DATABASE_URL: 'postgres://bench@localhost/bench' } : {}
    const app = createApp({ db: database.db, dbKind: database.kind, config: loadConfig({ ...env, DEMO: '0' }) })
    const centre = await database.db
      .selectFrom('parcels')
      .select(sql<string>`ST_AsGeoJSON(ST_Centroid(ST_Extent(geom)::geometry))`.as('point'))
      .executeTakeFirstOrThrow()
    const [lon, lat] = (JSON.parse(centre.point) as GeoJSON.Point).coordinates as [number, number]
    console.log(`database: ${database.kind}; ${COUNT} parcels generated in ${(generateMs / 1000).toFixed(1)} s`)
    for (const z of [12, 14, 16]) {
      const tiles = tilesAround(tileContaining(lon, lat, z))
      const bare = await throughput(tiles, async (tile) => {
        return (await renderTile(database.db, database.kind, 'parcels', tile, 'public')).length
      })
      const http = await throughput(tiles, async ({ z, x, y }) => {
        const res = await app.request(`/api/tiles/parcels/${z}/${x}/${y}.mvt`)
        return (await res.arrayBuffer()).byteLength
      })
      console.log(
        `z${z}: HTTP ${http.perSecond.toFixed(1)} tiles/s, bare query ${bare.perSecond.toFixed(1)} tiles/s — ratio ${(http.perSecond / bare.perSecond).toFixed(2)}×; largest tile ${(bare.largest / 1024).toFixed(0)} KB`,
      )
    }
  } finally {
    await database.close()
  }
}

await main()
