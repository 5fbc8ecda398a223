import { type Expression, sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { type ParcelAudience, parcelPropertiesFor, visibleParcels } from '../land/parcels.repo.js'
import type { TileAddress } from './tile-coords.js'
import { allowedColumns, bufferedEnvelope, reachesInto, type TileLayerSource } from './tile-sql.js'

/**
 * What a parcel tile carries: what the map colours and filters on. Picked from the audience's own allowlist, so a
 * key only staff may see (published, idle_category, area_mismatch) is simply absent from the public's tiles.
 */
export const PARCEL_TILE_KEYS = [
  'code',
  'status',
  'land_use',
  'area_mu',
  'start_price',
  'is_net_land',
  'is_standard_land',
  'km_port',
  'km_rail_station',
  'km_interchange',
  'km_airport',
  'park_id',
  'region_id',
  // For the text search, which also matches where a parcel is (坐落).
  'location_desc',
  'published',
  'idle_category',
  'area_mismatch',
] as const

/** What the overview carries per park (and per district for land outside parks). */
export const OVERVIEW_TILE_KEYS = ['park_id', 'parcels', 'available_parcels', 'available_mu'] as const

/** The parcels this audience may see that reach into the tile (through the spatial index on their 4326 outlines). */
export function parcelSource(db: DbOrTrx, audience: ParcelAudience, tile: TileAddress): TileLayerSource {
  const { keys, columns } = allowedColumns(PARCEL_TILE_KEYS, parcelPropertiesFor(audience))
  const rows = visibleParcels(db, audience)
    .select(sql<number>`p.id`.as('id'))
    .select(columns)
    .select(sql`p.geom`.as('source_geom'))
    .where(reachesInto('p.geom', tile))
  return { name: 'parcels', properties: keys, rows }
}

/**
 * Below the zoom where outlines are legible: one point per park (per district for land outside parks) with the
 * parcels this audience may see there, and how many mu of them are on offer. Each group's point is computed over all
 * its parcels, so it is the same point in every tile; the feature id is the group's lowest parcel id.
 */
export function overviewSource(db: DbOrTrx, audience: ParcelAudience, tile: TileAddress): TileLayerSource {
  const groups = visibleParcels(db, audience)
    .select([
      sql<number>`min(p.id)`.as('id'),
      sql<number | null>`p.park_id`.as('park_id'),
      sql<number>`count(*)::int`.as('parcels'),
      sql<number>`(count(*) FILTER (WHERE p.status = 'available'))::int`.as('available_parcels'),
      sql<number>`round(coalesce(sum(p.area_mu) FILTER (WHERE p.status = 'available'), 0)::numeric, 1)::float8`.as(
        'available_mu',
      ),
      sql`ST_PointOnSurface(ST_Collect(p.geom))`.as('source_geom'),
    ])
    .groupBy(['p.park_id', 'p.region_id'])
  const rows = db
    .selectFrom(groups.as('g'))
    .selectAll('g')
    .where(sql<boolean>`ST_Transform(g.source_geom, 3857) && ${bufferedEnvelope(tile)}`)
  return { name: 'parcels_overview', properties: OVERVIEW_TILE_KEYS, rows }
}
