import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import { api, readJson } from '../api/client'

export type Bounds = [number, number, number, number]

export interface ZoomRequest {
  /** A parcel to fit, by id (its outline is loaded), or the bounds of something already at hand (a block). */
  target: { parcelId: number } | { bounds: Bounds }
  /** Changes on every request, so asking for the same parcel twice zooms twice. */
  nonce: number
}

async function boundsOf(target: ZoomRequest['target']): Promise<Bounds> {
  if ('bounds' in target) return target.bounds
  const feature = await readJson<{ geometry: GeoJSON.MultiPolygon }>(
    api.parcels[':id'].$get({ param: { id: String(target.parcelId) } }),
  )
  const points = feature.geometry.coordinates.flat(2)
  const lons = points.map((p) => p[0]!)
  const lats = points.map((p) => p[1]!)
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]
}

/** Flies to a parcel or a block picked outside the map (the result table, a link), fitting its outline. */
export function useZoomToParcel(map: MapLibreMap, request: ZoomRequest | null) {
  useEffect(() => {
    if (!request) return
    let current = true
    boundsOf(request.target).then(
      (bounds) => {
        if (current) map.fitBounds(bounds, { padding: clearOfPanels(), maxZoom: 16.5, duration: 600 })
      },
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [map, request])
}

/** Keeps a zoomed-to parcel clear of the filter column, the result table and the side panel on a desk. */
const clearOfPanels = () => (window.innerWidth > 900 ? { top: 80, bottom: 300, left: 280, right: 360 } : 40)
