import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { type TileAddress, tileBounds } from './tile-coords.js'
import type { TileLayerSource } from './tile-sql.js'

/** A row computed in memory (blocks, the per-park overview): its id, its GeoJSON geometry in degrees, its values. */
export interface MemoryRow {
  id: number
  geometry: string
  [key: string]: unknown
}

/** How each carried value is read back from JSON, so both encoders see the types a table would give them. */
export type MemoryColumnType = 'int' | 'float8' | 'text' | 'boolean'
const casts = { int: sql`int`, float8: sql`float8`, text: sql`text`, boolean: sql`boolean` } as const

export type Box = [number, number, number, number]

const HALF_WORLD = 20_037_508.342789244

/** The tile and its buffer in degrees (generously: a tenth of the tile on each side), to pick rows in memory. */
export function lonLatBox(tile: TileAddress): Box {
  const b = tileBounds(tile)
  const margin = (b.xmax - b.xmin) / 10
  const lon = (x: number) => (x / HALF_WORLD) * 180
  const lat = (y: number) => (Math.atan(Math.exp((y / HALF_WORLD) * Math.PI)) * 360) / Math.PI - 90
  return [lon(b.xmin - margin), lat(b.ymin - margin), lon(b.xmax + margin), lat(b.ymax + margin)]
}

export const boxesOverlap = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]

/**
 * Rows made in memory, sent to the database as one JSON value and tiled there like a table's rows, by ST_AsMVT or
 * by the JS encoding: the same clipping, simplification and properties as every other layer.
 */
export function memoryRowsSource(
  db: DbOrTrx,
  name: string,
  columns: Readonly<Record<string, MemoryColumnType>>,
  rows: readonly MemoryRow[],
): TileLayerSource {
  const value = (key: string) => sql`b.value ->> ${key}`
  const typed = Object.entries(columns).map(([key, type]) => sql`(${value(key)})::${casts[type]}`.as(key))
  const query = db
    .selectFrom(sql`jsonb_array_elements(${JSON.stringify(rows)}::jsonb)`.as('b'))
    .select([
      sql<number>`(${value('id')})::int`.as('id'),
      sql`ST_SetSRID(ST_GeomFromGeoJSON(${value('geometry')}), 4326)`.as('source_geom'),
    ])
    .select(typed)
  return { name, properties: Object.keys(columns), rows: query }
}
