import { loadBlocks, loadParcelPage } from '../api/client'
import { useApiQuery } from '../api/query'
import { BLOCK_MIN_MU, blockQuery, filtersToQuery, type LandFilters } from './land-filters'

/** Rows the result table shows at once; the count and the extent cover every match. */
const PAGE = 200

/** The first page of parcels the filters select, with their count and extent (one cached answer for table and map). */
export function useParcelPage(filters: LandFilters, enabled = true) {
  const query = filtersToQuery(filters)
  const { data } = useApiQuery(['parcel-page', query], (signal) => loadParcelPage(query, PAGE, signal), {
    enabled,
    keepPrevious: true,
  })
  return data
}

/** The contiguous blocks the filters select, as /api/blocks finds them (null while loading). */
export function useFilteredBlocks(filters: LandFilters, enabled = true) {
  const query = blockQuery(filters)
  const { data } = useApiQuery(['blocks', 'search', query], () => loadBlocks(BLOCK_MIN_MU, query), {
    enabled,
    keepPrevious: true,
  })
  return data
}
