/** What an investor or planner is looking for; kept in the URL so a link shares the search. Pure. */
export interface LandFilters {
  status: string[]
  min_mu?: number
  max_mu?: number
  max_price?: number
  max_km_port?: number
  max_km_interchange?: number
  region?: number
  park?: number
  land_use?: string
  net_land?: boolean
  standard_land?: boolean
  q?: string
  sort: string
  /** Results as contiguous blocks (≥ 100 mu) rather than single parcels. */
  results?: 'blocks'
}

export const defaultFilters: LandFilters = { status: [], sort: 'code' }

const numberKeys = ['min_mu', 'max_mu', 'max_price', 'max_km_port', 'max_km_interchange', 'region', 'park'] as const
const flagKeys = ['net_land', 'standard_land'] as const
const sortKeys = [
  'code',
  'area_mu',
  'start_price',
  'available_from',
  'km_port',
  'km_rail_station',
  'km_interchange',
  'km_airport',
]

/** The API's query parameters for these filters (absent ones left out). */
export function filtersToQuery(filters: LandFilters): Record<string, string> {
  const query: Record<string, string> = {}
  if (filters.status.length > 0) query.status = filters.status.join(',')
  for (const key of numberKeys) if (filters[key] !== undefined) query[key] = String(filters[key])
  for (const key of flagKeys) if (filters[key] !== undefined) query[key] = String(filters[key])
  if (filters.q) query.q = filters.q
  if (filters.land_use) query.land_use = filters.land_use
  if (filters.sort !== defaultFilters.sort) query.sort = filters.sort
  return query
}

/** Reads filters from a URL's search part, ignoring anything malformed rather than failing the page. */
export function filtersFromSearch(search: string): LandFilters {
  const params = new URLSearchParams(search)
  const filters: LandFilters = { ...defaultFilters, status: params.get('status')?.split(',').filter(Boolean) ?? [] }
  for (const key of numberKeys) {
    const value = Number(params.get(key))
    if (params.has(key) && Number.isFinite(value) && value >= 0) filters[key] = value
  }
  for (const key of flagKeys)
    if (params.get(key) === 'true' || params.get(key) === 'false') filters[key] = params.get(key) === 'true'
  const q = params.get('q')?.trim()
  if (q) filters.q = q.slice(0, 50)
  const landUse = params.get('land_use') ?? ''
  if (/^[0-9A-Za-z]{1,8}$/.test(landUse)) filters.land_use = landUse
  const sort = params.get('sort') ?? ''
  if (sortKeys.includes(sort.replace(/^-/, ''))) filters.sort = sort
  if (params.get(RESULTS) === 'blocks') filters.results = 'blocks'
  return filters
}

const RESULTS = 'results'

/** The smallest contiguous block the block lists hold. */
export const BLOCK_MIN_MU = 100

/** The filters that apply to contiguous blocks, as /api/blocks takes them (the area as the block's total). */
export function blockQuery(filters: LandFilters): Record<string, string> {
  const { sort: _sort, min_mu, ...rest } = filtersToQuery(filters)
  return { ...rest, min_mu: String(Math.max(BLOCK_MIN_MU, Number(min_mu ?? 0))) }
}

/** The search part for a URL: the filters plus any other parameters already there (e.g. lang). */
export function searchWithFilters(currentSearch: string, filters: LandFilters): string {
  const params = new URLSearchParams(currentSearch)
  for (const key of ['status', ...numberKeys, ...flagKeys, 'q', 'land_use', 'sort', RESULTS]) params.delete(key)
  for (const [key, value] of Object.entries(filtersToQuery(filters))) params.set(key, value)
  if (filters.results) params.set(RESULTS, filters.results)
  const text = params.toString()
  return text ? `?${text}` : ''
}

export const hasFilters = (filters: LandFilters) =>
  Object.keys(filtersToQuery({ ...filters, sort: defaultFilters.sort })).length > 0
