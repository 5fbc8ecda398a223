import { type ExpressionBuilder, sql } from 'kysely'
import type { Database, DbOrTrx } from '../db/database.js'
import { featureJson, objectJson, selectFeatureCollection } from '../db/geojson-sql.js'
import { type ParcelAudience, parcelPropertiesFor, visibleParcels } from './parcels.repo.js'
import type { ParcelFilter, ParcelListQuery, ParcelSortKey } from './parcels-query.schema.js'
import type { Resolved, TextSearch } from './text-search.js'

type Eb = ExpressionBuilder<Database & { p: Database['parcels'] }, 'p'>

/** The only columns a request can sort by: keys from the allowlist, columns fixed here. */
const sortColumns = {
  code: 'p.code',
  area_mu: 'p.area_mu',
  start_price: 'p.start_price',
  available_from: 'p.available_from',
  km_port: 'p.km_port',
  km_rail_station: 'p.km_rail_station',
  km_interchange: 'p.km_interchange',
  km_airport: 'p.km_airport',
} as const satisfies Record<ParcelSortKey, string>

const maxDistance = {
  max_km_port: 'p.km_port',
  max_km_rail_station: 'p.km_rail_station',
  max_km_interchange: 'p.km_interchange',
  max_km_airport: 'p.km_airport',
} as const

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** The text search: the parcel code or location holds the text, or the parcel lies in a park or district it names. */
function textMatch(eb: Eb, search: TextSearch) {
  const pattern = likePattern(search.text)
  const conditions = [eb('p.code', 'ilike', pattern), eb('p.location_desc', 'ilike', pattern)]
  if (search.parkIds.length > 0) conditions.push(eb('p.park_id', 'in', search.parkIds))
  if (search.regionIds.length > 0) conditions.push(eb('p.region_id', 'in', search.regionIds))
  return eb.or(conditions)
}

/** What selects land, its text resolved to the places it names. */
export type LandFilter = Resolved<ParcelFilter>

export type LandSearch = LandFilter & Pick<ParcelListQuery, 'bbox'>

/** Every filter of the land list, as one AND of conditions; absent filters add nothing. */
export function parcelFilters(eb: Eb, q: LandSearch) {
  const conditions = []
  if (q.bbox)
    conditions.push(
      sql<boolean>`p.geom && ST_MakeEnvelope(${q.bbox[0]}, ${q.bbox[1]}, ${q.bbox[2]}, ${q.bbox[3]}, 4326)`,
    )
  if (q.status) conditions.push(eb('p.status', 'in', q.status))
  if (q.land_use) conditions.push(eb('p.land_use_code', 'like', `${q.land_use}%`))
  if (q.min_mu !== undefined) conditions.push(eb('p.area_mu', '>=', q.min_mu))
  if (q.max_mu !== undefined) conditions.push(eb('p.area_mu', '<=', q.max_mu))
  if (q.region) conditions.push(eb('p.region_id', '=', q.region))
  if (q.park) conditions.push(eb('p.park_id', '=', q.park))
  if (q.net_land !== undefined) conditions.push(eb('p.is_net_land', '=', q.net_land))
  if (q.standard_land !== undefined) conditions.push(eb('p.is_standard_land', '=', q.standard_land))
  if (q.max_price !== undefined) conditions.push(sql<boolean>`p.start_price <= ${q.max_price}`)
  for (const [param, column] of Object.entries(maxDistance) as [
    keyof typeof maxDistance,
    (typeof maxDistance)[keyof typeof maxDistance],
  ][]) {
    const limit = q[param]
    if (limit !== undefined) conditions.push(eb(column, '<=', limit))
  }
  if (q.q) conditions.push(textMatch(eb, q.q))
  return eb.and(conditions)
}

function sortedPage(db: DbOrTrx, q: Resolved<ParcelListQuery>, audience: ParcelAudience) {
  const descending = q.sort.startsWith('-')
  const column = sortColumns[q.sort.replace(/^-/, '') as ParcelSortKey]
  return visibleParcels(db, audience)
    .where((eb) => parcelFilters(eb, q))
    .orderBy(column, (ob) => (descending ? ob.desc().nullsLast() : ob.asc().nullsLast()))
    .orderBy('p.id')
    .limit(q.limit)
    .offset(q.offset)
}

export interface ParcelTotals {
  total: number
  /** West, south, east, north of every parcel the filters select: where the map goes to show the results. */
  extent: [number, number, number, number] | null
}

/** How many parcels the filters select and where they lie, in one pass over them. */
export async function parcelTotals(
  db: DbOrTrx,
  q: Resolved<ParcelListQuery>,
  audience: ParcelAudience,
): Promise<ParcelTotals> {
  const row = await visibleParcels(db, audience)
    .where((eb) => parcelFilters(eb, q))
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<number | null>`ST_XMin(ST_Extent(p.geom))`.as('w'),
      sql<number | null>`ST_YMin(ST_Extent(p.geom))`.as('s'),
      sql<number | null>`ST_XMax(ST_Extent(p.geom))`.as('e'),
      sql<number | null>`ST_YMax(ST_Extent(p.geom))`.as('n2'),
    ])
    .executeTakeFirstOrThrow()
  return { total: row.n, extent: row.w === null ? null : [row.w, row.s!, row.e!, row.n2!] }
}

/** The page as a FeatureCollection text built in SQL. */
export function searchParcelFeatures(
  db: DbOrTrx,
  q: Resolved<ParcelListQuery>,
  audience: ParcelAudience,
): Promise<string> {
  return selectFeatureCollection(
    db,
    sortedPage(db, q, audience).select(
      featureJson(sql`p.id`, sql`p.geom`, parcelPropertiesFor(audience)).as('feature'),
    ),
  )
}

/** The page as plain records (no geometry), for tables and lists. */
export async function searchParcelRows(
  db: DbOrTrx,
  q: Resolved<ParcelListQuery>,
  audience: ParcelAudience,
): Promise<unknown[]> {
  const rows = await sortedPage(db, q, audience)
    .select(objectJson(parcelPropertiesFor(audience)).as('row'))
    .execute()
  return rows.map((r) => r.row)
}
