import { useEffect, useMemo, useState } from 'react'
import { useUrlParams } from '../routing/use-url-params'
import { filtersFromSearch, filtersToQuery, type LandFilters, searchWithFilters } from './land-filters'

/**
 * The filters live in the URL's search part, so a shared link (WeChat included) opens the same search. They are
 * state of their own while the user types (the URL's form trims text), written through the router without a
 * history entry per keystroke.
 */
export function useLandFilters() {
  const [filters, setFilters] = useState<LandFilters>(() => filtersFromSearch(window.location.search))
  const [, setParams] = useUrlParams()
  useEffect(() => {
    setParams((current) => new URLSearchParams(searchWithFilters(current.toString(), filters)), { replace: true })
  }, [filters, setParams])
  const query = useMemo(() => filtersToQuery(filters), [filters])
  return { filters, setFilters, query }
}
