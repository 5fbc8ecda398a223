import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { cachedByLandRevision } from '../land/blocks-cache.js'
import { type LandFilter, parcelFilters } from '../land/parcel-search.repo.js'
import { type ParcelAudience, parcelPropertiesFor, visibleParcels } from '../land/parcels.repo.js'
import { lonLatBox, type MemoryColumnType, type MemoryRow, memoryRowsSource } from './memory-tiles.js'
import type { TileAddress } from './tile-coords.js'
import { allowedColumns, reachesInto, type TileLayerSource } from './tile-sql.js'

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

/** What the overview carries per park (and per district for land outside parks): `mu` is all the selected land's. */
const OVERVIEW_COLUMNS = {
  park_id: 'int',
  parcels: 'int',
  available_parcels: 'int',
  available_mu: 'float8',
  mu: 'float8',
} as const satisfies Record<string, MemoryColumnType>

/** The parcels this audience may see that reach into the tile (through the spatial index on their 4326 outlines). */
export function parcelSource(
  db: DbOrTrx,
  audience: ParcelAudience,
  tile: TileAddress,
  filter: LandFilter,
): TileLayerSource {
  const { keys, columns } = allowedColumns(PARCEL_TILE_KEYS, parcelPropertiesFor(audience))
  const rows = visibleParcels(db, audience)
    .select(sql<number>`p.id`.as('id'))
    .select(columns)
    .select(sql`p.geom`.as('source_geom'))
    .where(reachesInto('p.geom', tile))
    .where((eb) => parcelFilters(eb, filter))
  return { name: 'parcels', properties: keys, rows }
}

type OverviewGroup = MemoryRow & { lon: number; lat: number }

async function overviewGroups(db: DbOrTrx, audience: ParcelAudience, filter: LandFilter): Promise<OverviewGroup[]> {
  const rows = await visibleParcels(db, audience)
    .where((eb) => parcelFilters(eb, filter))
    .select([
      sql<number>`min(p.id)`.as('id'),
      sql<number | null>`p.park_id`.as('park_id'),
      sql<number>`count(*)::int`.as('parcels'),
      sql<number>`(count(*) FILTER (WHERE p.status = 'available'))::int`.as('available_parcels'),
      sql<number>`round(coalesce(sum(p.area_mu) FILTER (WHERE p.status = 'available'), 0)::numeric, 1)::float8`.as(
        'available_mu',
      ),
      sql<number>`round(coalesce(sum(p.area_mu), 0)::numeric, 1)::float8`.as('mu'),
      sql<string>`ST_AsGeoJSON(ST_Centroid(ST_Collect(p.geom)), 7)`.as('geometry'),
    ])
    .groupBy(['p.park_id', 'p.region_id'])
    .execute()
  return rows.map((row) => {
    const [lon, lat] = (JSON.parse(row.geometry) as GeoJSON.Point).coordinates as [number, number]
    return { ...row, lon, lat }
  })
}

/**
 * Below the zoom where outlines are legible: one point per park (per district for land outside parks) with the
 * parcels this audience may see there, and how many mu of them are on offer. Each group's point is the centre of all
 * its parcels (a point on their surface was a corner parcel's for a grid of them), so it is the same in every tile;
 * the feature id is the group's lowest parcel id. The groups are computed once per state of the land and filter
 * (aggregating every parcel per tile cost 0.7 s at 100 000 parcels on PGlite). The 找地 filters select what is summed,
 * as they select the land list.
 */
export async function overviewSource(
  db: DbOrTrx,
  audience: ParcelAudience,
  tile: TileAddress,
  filter: LandFilter,
): Promise<TileLayerSource> {
  const groups = await cachedByLandRevision(
    db,
    JSON.stringify([audience, filter]),
    () => overviewGroups(db, audience, filter),
    { namespace: 'tile-overview' },
  )
  const [west, south, east, north] = lonLatBox(tile)
  const inTile = groups.filter(({ lon, lat }) => lon >= west && lon <= east && lat >= south && lat <= north)
  return memoryRowsSource(db, 'parcels_overview', OVERVIEW_COLUMNS, inTile)
}
