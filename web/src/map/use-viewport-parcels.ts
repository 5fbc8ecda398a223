import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useState } from 'react'
import { loadParcels, type ParcelCollection } from '../api/client'

const EMPTY: ParcelCollection = { type: 'FeatureCollection', features: [] }
const DEBOUNCE_MS = 120

/**
 * Parcels for what is on screen (plus a margin), refetched after each move; stale requests are aborted.
 * `revision` changes when the server's answer would: sign-in, sign-out, an edit.
 */
export function useViewportParcels(
  map: MapLibreMap | null,
  revision: string,
  filters: Record<string, string>,
): { parcels: ParcelCollection; error: string | null } {
  const filterKey = JSON.stringify(filters)
  const [parcels, setParcels] = useState<ParcelCollection>(EMPTY)
  const [error, setError] = useState<string | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` asks for a reload after an edit (a query cache replaces it, issue 16)
  useEffect(() => {
    if (!map) return
    let controller: AbortController | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    const refresh = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        controller?.abort()
        controller = new AbortController()
        loadParcels(viewportBbox(map), JSON.parse(filterKey) as Record<string, string>, controller.signal)
          .then((data) => {
            setParcels(data)
            setError(null)
          })
          .catch((e: unknown) => {
            if (!(e instanceof DOMException && e.name === 'AbortError'))
              setError(e instanceof Error ? e.message : String(e))
          })
      }, DEBOUNCE_MS)
    }
    refresh()
    map.on('moveend', refresh)
    return () => {
      map.off('moveend', refresh)
      clearTimeout(timer)
      controller?.abort()
    }
  }, [map, revision, filterKey])
  return { parcels, error }
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
