import { useEffect, useMemo, useState } from 'react'
import { filtersFromSearch, filtersToQuery, type LandFilters, searchWithFilters } from './land-filters'

/** The filters live in the URL's search part, so a shared link (WeChat included) opens the same search. */
export function useLandFilters() {
  const [filters, setFilters] = useState<LandFilters>(() => filtersFromSearch(window.location.search))
  useEffect(() => {
    const search = searchWithFilters(window.location.search, filters)
    if (search !== window.location.search)
      window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`)
  }, [filters])
  const query = useMemo(() => filtersToQuery(filters), [filters])
  return { filters, setFilters, query }
}
