import { loadPlacesNamed, type PlacesNamed } from '../api/client'
import { useApiQuery } from '../api/query'

/** The parks and districts the search text names, so the map draws what the list finds (null until known). */
export function usePlacesNamed(q: string | undefined): PlacesNamed | null {
  const { data } = useApiQuery(['places', q ?? ''], () => loadPlacesNamed(q ?? ''), { enabled: Boolean(q) })
  return q ? data : null
}
