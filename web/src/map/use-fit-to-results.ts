import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import { hasFilters, type LandFilters } from '../land/land-filters'
import { useFilteredBlocks, useParcelPage } from '../land/use-results'
import { fitInFreeArea, freeArea } from './fit-free-area'

/** A search settles before the map moves: typing does not send it flying on every letter. */
const SETTLE_MS = 500

/**
 * The map goes to what a search found: the extent of every matching parcel, or the matching blocks. Only a search
 * moves it (no filters, no flight), and only when its results change.
 */
export function useFitToResults(map: MapLibreMap, filters: LandFilters) {
  const searching = hasFilters({ ...filters, results: undefined })
  const asBlocks = filters.results === 'blocks'
  const page = useParcelPage(filters, searching && !asBlocks)
  const blocks = useFilteredBlocks(filters, searching && asBlocks)
  const extent = searching && !asBlocks ? (page?.extent ?? null) : null
  const blockShapes = searching && asBlocks ? (blocks?.features ?? null) : null
  const key = JSON.stringify(extent ?? blockShapes?.map((f) => f.properties.block_id) ?? null)
  // A link that names a view (#view=…) opens on it: the first results it shows do not move the map.
  const keepLinkedView = useRef(window.location.hash.includes('view='))
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the results; a new answer with the same results does not move the map
  useEffect(() => {
    if (!extent && !blockShapes?.length) return
    if (keepLinkedView.current) {
      keepLinkedView.current = false
      return
    }
    const timer = setTimeout(() => {
      if (extent) map.fitBounds(extent, { padding: freeArea(map), maxZoom: 15, duration: 600 })
      else if (blockShapes)
        fitInFreeArea(
          map,
          blockShapes.map((f) => f.geometry),
          15,
        )
    }, SETTLE_MS)
    return () => clearTimeout(timer)
  }, [map, key])
}
