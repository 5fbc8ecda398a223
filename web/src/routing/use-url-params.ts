import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'

type ParamsChange = (current: URLSearchParams) => URLSearchParams

/**
 * The URL's search params through wouter, changed without losing the hash (the map's view lives there, which
 * wouter's own setter drops) and without a history entry when nothing changes.
 */
export function useUrlParams() {
  const search = useSearch()
  const [, navigate] = useLocation()
  const params = useMemo(() => new URLSearchParams(search), [search])
  const update = useCallback(
    (change: ParamsChange, options: { replace?: boolean } = {}) => {
      const { pathname, hash } = window.location
      const current = new URLSearchParams(window.location.search)
      const next = change(current).toString()
      if (next === current.toString()) return
      navigate(`${pathname}${next ? `?${next}` : ''}${hash}`, options)
    },
    [navigate],
  )
  return [params, update] as const
}
