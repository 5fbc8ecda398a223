import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useState } from 'react'
import { loadParcels, type ParcelCollection } from '../api/client'
import { useApiQuery } from '../api/query'

const EMPTY: ParcelCollection = { type: 'FeatureCollection', features: [] }
const DEBOUNCE_MS = 120

/**
 * Parcels for what is on screen (plus a margin), asked again after each move; the cache aborts a request the next
 * move made stale, and the last answer stays drawn until the next arrives.
 */
export function useViewportParcels(
  map: MapLibreMap | null,
  filters: Record<string, string>,
): { parcels: ParcelCollection; error: string | null } {
  const bbox = useSettledBbox(map)
  const { data, error } = useApiQuery(['parcels', bbox, filters], (signal) => loadParcels(bbox!, filters, signal), {
    enabled: bbox !== null,
    keepPrevious: true,
  })
  return { parcels: data ?? EMPTY, error }
}

/** The view's box once the map has stopped moving for a moment; null before the map exists. */
function useSettledBbox(map: MapLibreMap | null): string | null {
  const [bbox, setBbox] = useState<string | null>(null)
  useEffect(() => {
    if (!map) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const settle = () => {
      clearTimeout(timer)
      timer = setTimeout(() => setBbox(viewportBbox(map)), DEBOUNCE_MS)
    }
    settle()
    map.on('moveend', settle)
    return () => {
      map.off('moveend', settle)
      clearTimeout(timer)
    }
  }, [map])
  return bbox
}

function viewportBbox(map: MapLibreMap): string {
  const bounds = map.getBounds()
  const padLon = (bounds.getEast() - bounds.getWest()) * 0.25
  const padLat = (bounds.getNorth() - bounds.getSouth()) * 0.25
  const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value))
  return [
    clamp(bounds.getWest() - padLon, 180),
    clamp(bounds.getSouth() - padLat, 90),
    clamp(bounds.getEast() + padLon, 180),
    clamp(bounds.getNorth() + padLat, 90),
  ]
    .map((n) => n.toFixed(5))
    .join(',')
}
