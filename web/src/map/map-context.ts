import type { Map as MapLibreMap } from 'maplibre-gl'
import { createContext, useContext } from 'react'

export const MapContext = createContext<MapLibreMap | null>(null)

export function useMap(): MapLibreMap {
  const map = useContext(MapContext)
  if (!map) throw new Error('useMap outside <MapView>')
  return map
}

/** Takes a source off the map with the layers drawing it (MapLibre refuses to remove a source still in use). */
export function removeSource(map: MapLibreMap, id: string) {
  if (!map.style || !map.getSource(id)) return
  for (const layer of map.getStyle().layers) if ('source' in layer && layer.source === id) map.removeLayer(layer.id)
  map.removeSource(id)
}
