import { useApiQuery } from '../api/query'

const TEMPLATE = '/api/tiles/parcels/{z}/{x}/{y}.mvt'

/**
 * The parcel tiles' address for this reader and this state of the land. The query's key holds the session's scope,
 * and every edit invalidates the cache: either gives a new stamp, so the map fetches its tiles again (the server
 * answers 304 to those that did not change).
 */
export function useParcelTiles(): string {
  const { data: stamp } = useApiQuery(['parcels', 'tiles'], async () => Date.now().toString(36))
  return `${window.location.origin}${TEMPLATE}?v=${stamp ?? '0'}`
}
