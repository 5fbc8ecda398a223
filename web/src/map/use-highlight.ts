import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'

/**
 * Marks one feature of a tile layer as `selected` in its feature state, so a layer can outline it (a data-driven
 * paint) without filtering or re-laying out its tiles; the mark moves when the id changes.
 */
export function useHighlight(map: MapLibreMap, source: string, sourceLayer: string, id: number | null) {
  useEffect(() => {
    if (id === null) return
    const feature = { source, sourceLayer, id }
    map.setFeatureState(feature, { selected: true })
    return () => {
      if (map.style && map.getSource(source)) map.removeFeatureState(feature, 'selected')
    }
  }, [map, source, sourceLayer, id])
}
