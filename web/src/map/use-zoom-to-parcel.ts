import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import { api, readJson } from '../api/client'

export interface ZoomRequest {
  parcelId: number
  /** Changes on every request, so asking for the same parcel twice zooms twice. */
  nonce: number
}

/** Flies to a parcel picked outside the map (the result table), fitting its outline. */
export function useZoomToParcel(map: MapLibreMap, request: ZoomRequest | null) {
  useEffect(() => {
    if (!request) return
    let current = true
    readJson<{ geometry: GeoJSON.MultiPolygon }>(
      api.parcels[':id'].$get({ param: { id: String(request.parcelId) } }),
    ).then(
      (feature) => {
        if (!current) return
        const points = feature.geometry.coordinates.flat(2)
        const lons = points.map((p) => p[0]!)
        const lats = points.map((p) => p[1]!)
        map.fitBounds([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], {
          padding: clearOfPanels(),
          maxZoom: 16.5,
          duration: 600,
        })
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
