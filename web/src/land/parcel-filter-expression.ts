import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl'
import type { LandFilters } from './land-filters'

/** A tile drops a property whose value is null: such a parcel passes no limit on it, as SQL's NULL passes none. */
const atMost = (key: string, limit: number): ExpressionSpecification => [
  'all',
  ['has', key],
  ['<=', ['to-number', ['get', key]], limit],
]

const atLeast = (key: string, limit: number): ExpressionSpecification => [
  'all',
  ['has', key],
  ['>=', ['to-number', ['get', key]], limit],
]

const equals = (key: string, value: number | boolean): ExpressionSpecification => ['==', ['get', key], value]

/** The parks and districts the search text names, as the server resolved them (GET /api/places). */
export interface NamedPlaces {
  park_ids: readonly number[]
  region_ids: readonly number[]
}

const NO_PLACES: NamedPlaces = { park_ids: [], region_ids: [] }

/**
 * The text search, as the list's: a case-blind substring of the code or the location (ILIKE), or a parcel in a park or
 * district the text names.
 */
function textMatch(text: string, places: NamedPlaces): ExpressionSpecification {
  const needle = text.toLowerCase()
  const contains = (key: string): ExpressionSpecification => [
    'in',
    needle,
    ['downcase', ['to-string', ['coalesce', ['get', key], '']]],
  ]
  const within = (key: string, ids: readonly number[]): ExpressionSpecification => [
    'in',
    ['coalesce', ['get', key], -1],
    ['literal', [...ids]],
  ]
  return [
    'any',
    contains('code'),
    contains('location_desc'),
    within('park_id', places.park_ids),
    within('region_id', places.region_ids),
  ]
}

const LIMITS = [
  ['min_mu', 'area_mu', atLeast],
  ['max_mu', 'area_mu', atMost],
  ['max_price', 'start_price', atMost],
  ['max_km_port', 'km_port', atMost],
  ['max_km_interchange', 'km_interchange', atMost],
] as const

/**
 * The land filters as a MapLibre filter on the parcel tiles' properties: the same conditions the land list's SQL
 * applies (server/land/parcel-search.repo.ts), so the map shows what the table lists without asking again. Null when
 * nothing is filtered.
 */
export function parcelFilterExpression(
  filters: LandFilters,
  places: NamedPlaces = NO_PLACES,
): FilterSpecification | null {
  const conditions: ExpressionSpecification[] = []
  if (filters.status.length > 0) conditions.push(['in', ['get', 'status'], ['literal', filters.status]])
  if (filters.land_use)
    conditions.push(['==', ['slice', ['to-string', ['get', 'land_use']], 0, filters.land_use.length], filters.land_use])
  for (const [param, key, condition] of LIMITS) {
    const limit = filters[param]
    if (limit !== undefined) conditions.push(condition(key, limit))
  }
  if (filters.region !== undefined) conditions.push(equals('region_id', filters.region))
  if (filters.park !== undefined) conditions.push(equals('park_id', filters.park))
  if (filters.net_land !== undefined) conditions.push(equals('is_net_land', filters.net_land))
  if (filters.standard_land !== undefined) conditions.push(equals('is_standard_land', filters.standard_land))
  if (filters.q) conditions.push(textMatch(filters.q, places))
  return conditions.length > 0 ? ['all', ...conditions] : null
}
