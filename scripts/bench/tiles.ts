/**
 * Tiles benchmark (issue 17): generated parcels, then 5 × 5 tiles around the land's centre at z12, z14 and z16:
 * the bare tile query (the limit: ST_AsMVT on PostgreSQL, the clip-and-encode on PGlite), then the same tiles through
 * the HTTP app with a cold cache and again warm (4 clients at once, in process); and the largest tile of each layer
 * at every zoom from 0 to 18 (limit 500 KB). On PGlite, and on PostgreSQL too when DATABASE_URL is set: one run, one
 * table, PGlite against PostgreSQL.
 * Run: npm run bench:tiles [-- PARCELS]   (both databases: DATABASE_URL=… npm run bench:tiles)
 */
import { sql } from 'kysely'
import { createApp } from '../../server/app.js'
import { loadConfig } from '../../server/config.js'
import type { OpenDatabase } from '../../server/db/open-database.js'
import { type TileAddress, tileContaining } from '../../server/tiles/tile-coords.js'
import { type TileLayer, tileLayers } from '../../server/tiles/tile-layers.js'
import { renderTile } from '../../server/tiles/tiles.service.js'
import { openBenchDatabase } from './bench-database.js'
import { generateParcels } from './generate-parcels.js'
import { timed } from './timed.js'

const COUNT = Number(process.argv[2] ?? 100_000)
const CLIENTS = 4
const ZOOMS = [12, 14, 16]
const SIZE_LIMIT = 500 * 1024
const PUBLIC_LAYERS = tileLayers.filter((layer) => layer !== 'projects')

function tilesAround(centre: TileAddress, reach = 2): TileAddress[] {
  const steps = Array.from({ length: 2 * reach + 1 }, (_, i) => i - reach)
  return steps.flatMap((dx) => steps.map((dy) => ({ z: centre.z, x: centre.x + dx, y: centre.y + dy })))
}

/** Runs `fetchTile` over the tiles with CLIENTS at once; returns tiles per second. */
async function throughput(tiles: TileAddress[], fetchTile: (tile: TileAddress) => Promise<unknown>) {
  const queue = [...tiles]
  const [ms] = await timed(() =>
    Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let tile = queue.pop(); tile; tile = queue.pop()) await fetchTile(tile)
      }),
    ),
  )
  return (tiles.length * 1000) / ms
}

interface ZoomFigures {
  bare: number
  cold: number
  warm: number
}

async function centreOf(database: OpenDatabase): Promise<[number, number]> {
  const centre = await database.db
    .selectFrom('parcels')
    .select(sql<string>`ST_AsGeoJSON(ST_Centroid(ST_Extent(geom)::geometry))`.as('point'))
    .executeTakeFirstOrThrow()
  return (JSON.parse(centre.point) as GeoJSON.Point).coordinates as [number, number]
}

/** The largest public tile of each layer over the 3 × 3 tiles around the centre, at every zoom from 0 to 18. */
async function largestTiles(database: OpenDatabase, [lon, lat]: [number, number]) {
  const largest = new Map<TileLayer, { bytes: number; z: number }>()
  for (let z = 0; z <= 18; z++) {
    for (const tile of tilesAround(tileContaining(lon, lat, z), 1)) {
      for (const layer of PUBLIC_LAYERS) {
        const bytes = (await renderTile(database.db, database.kind, layer, tile, 'public')).byteLength
        if (bytes > (largest.get(layer)?.bytes ?? -1)) largest.set(layer, { bytes, z })
      }
    }
  }
  return largest
}

async function measure(url: string | null) {
  const database = await openBenchDatabase({ statementTimeoutMs: 600_000, url })
  try {
    const [generateMs] = await timed(() => generateParcels(database, COUNT))
    await sql`ANALYZE parcels`.execute(database.db)
    const env = database.kind === 'postgres' ? { DATABASE_URL: 'postgres://bench@localhost/bench' } : {}
    const app = createApp({ db: database.db, dbKind: database.kind, config: loadConfig({ ...env, DEMO: '0' }) })
    const [lon, lat] = await centreOf(database)
    console.log(`${database.kind}: ${COUNT} parcels generated in ${(generateMs / 1000).toFixed(1)} s`)
    const byZoom = new Map<number, ZoomFigures>()
    for (const z of ZOOMS) {
      const tiles = tilesAround(tileContaining(lon, lat, z))
      const bare = await throughput(tiles, (tile) => renderTile(database.db, database.kind, 'parcels', tile, 'public'))
      const viaHttp = async ({ z, x, y }: TileAddress) =>
        (await app.request(`/api/tiles/parcels/${z}/${x}/${y}.mvt`)).arrayBuffer()
      const cold = await throughput(tiles, viaHttp)
      const warm = await throughput(tiles, viaHttp)
      byZoom.set(z, { bare, cold, warm })
      console.log(`  z${z}: bare ${bare.toFixed(1)}, HTTP cold ${cold.toFixed(1)}, warm ${warm.toFixed(0)} tiles/s`)
    }
    const largest = await largestTiles(database, [lon, lat])
    for (const [layer, { bytes, z }] of largest)
      console.log(
        `  largest ${layer} tile: ${(bytes / 1024).toFixed(0)} KB at z${z}${bytes > SIZE_LIMIT ? ' — OVER 500 KB' : ''}`,
      )
    return { kind: database.kind, byZoom, largest }
  } finally {
    await database.close()
  }
}

const results = [await measure(null)]
if (process.env.DATABASE_URL) results.push(await measure(process.env.DATABASE_URL))
console.log('\n| zoom | database | bare tiles/s | HTTP cold | ratio | HTTP warm | ratio |')
for (const z of ZOOMS) {
  for (const { kind, byZoom } of results) {
    const f = byZoom.get(z)!
    const ratio = (n: number) => `${(n / f.bare).toFixed(2)}×`
    console.log(
      `| ${z} | ${kind} | ${f.bare.toFixed(1)} | ${f.cold.toFixed(1)} | ${ratio(f.cold)} | ${f.warm.toFixed(0)} | ${ratio(f.warm)} |`,
    )
  }
}
if (results.length === 2) {
  for (const z of ZOOMS) {
    const [pglite, postgres] = results.map((r) => r.byZoom.get(z)!.cold)
    console.log(`z${z}: PGlite is ${(postgres! / pglite!).toFixed(1)}× slower than PostgreSQL (cold HTTP)`)
  }
}
