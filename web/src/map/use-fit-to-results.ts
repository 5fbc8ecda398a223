import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import { filtersToQuery, hasFilters, type LandFilters } from '../land/land-filters'
import { useFilteredBlocks, useParcelPage } from '../land/use-results'
import { fitInFreeArea, freeArea } from './fit-free-area'

/** A search settles before the map moves: typing does not send it flying on every letter. */
const SETTLE_MS = 500

/**
 * The map goes to what a search found: the extent of every matching parcel, or the matching blocks. Once per search:
 * only a change of filters moves it, never a new answer to the same search, and not when the reader (or a picked
 * result, or a link that names a view) has placed the map since.
 */
export function useFitToResults(map: MapLibreMap, filters: LandFilters, zoomRequest: unknown) {
  const searching = hasFilters({ ...filters, results: undefined })
  const asBlocks = filters.results === 'blocks'
  const page = useParcelPage(filters, searching && !asBlocks)
  const blocks = useFilteredBlocks(filters, searching && asBlocks)
  const extent = searching && !asBlocks ? (page?.extent ?? null) : null
  const blockShapes = searching && asBlocks ? (blocks?.features ?? null) : null
  const search = JSON.stringify([filtersToQuery(filters), asBlocks])
  // The search the map was last placed for: by a fit, or by the reader, a pick or a link's view since it began.
  const placedFor = useRef<string | null>(window.location.hash.includes('view=') ? search : null)
  usePlacedByOthers(map, zoomRequest, () => {
    placedFor.current = search
  })
  const ready = Boolean(extent || blockShapes?.length)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a search fits once, when its results are there
  useEffect(() => {
    if (!ready || placedFor.current === search) return
    const timer = setTimeout(() => {
      if (placedFor.current === search) return
      placedFor.current = search
      if (extent) map.fitBounds(extent, { padding: freeArea(map), maxZoom: 15, duration: 600 })
      else if (blockShapes)
        fitInFreeArea(
          map,
          blockShapes.map((f) => f.geometry),
          15,
        )
    }, SETTLE_MS)
    return () => clearTimeout(timer)
  }, [map, search, ready])
}

/** Calls `placed` when a record is picked (a zoom request) or the reader drags or zooms the map. */
function usePlacedByOthers(map: MapLibreMap, zoomRequest: unknown, placed: () => void) {
  const latest = useRef(placed)
  latest.current = placed
  const first = useRef(true)
  useEffect(() => {
    if (first.current) first.current = false
    else if (zoomRequest) latest.current()
  }, [zoomRequest])
  useEffect(() => {
    // Only the reader's own moves carry an originalEvent (a fitBounds or flyTo has none).
    const onMove = (e: { originalEvent?: unknown }) => e.originalEvent && latest.current()
    map.on('movestart', onMove)
    return () => {
      map.off('movestart', onMove)
    }
  }, [map])
}
