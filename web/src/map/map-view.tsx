import 'maplibre-gl/dist/maplibre-gl.css'
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { MapContext } from './map-context'
import { type BasemapLayerConfig, buildBaseStyle, INITIAL_BOUNDS } from './offline-style'
import { useTileRetry } from './use-tile-retry'
import { parseViewHash } from './view-hash'

setWorkerUrl(workerUrl)

const HASH_KEY = 'view'
// Read at load: a map being torn down (React's double mount in development) clears the hash.
const sharedView = parseViewHash(window.location.hash, HASH_KEY)

declare global {
  interface Window {
    /** For browser tests and the console: the one map instance. */
    atlasMap?: MapLibreMap
  }
}

interface MapViewProps {
  basemapLayers: readonly BasemapLayerConfig[]
  attribution: string
  children: ReactNode
  /**
   * A story on a projector: no controls and no view in the URL, pitch allowed, and the drawing kept so a handout can
   * take the map as an image.
   */
  presentation?: boolean
}

/** Owns the single map instance; children (sources, layers) mount once its style has loaded. */
export function MapView({ basemapLayers, attribution, children, presentation = false }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null)
  const [map, setMap] = useState<MapLibreMap | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the basemap is fixed for the page's life; changing it reloads the page
  useEffect(() => {
    if (!container.current) return
    const instance = new MapLibreMap({
      container: container.current,
      style: buildBaseStyle(basemapLayers),
      // A shared link carries its view in the hash; only a bare URL starts from the whole region.
      ...(presentation ? { bounds: INITIAL_BOUNDS } : (sharedView ?? { bounds: INITIAL_BOUNDS })),
      hash: presentation ? false : HASH_KEY,
      attributionControl: false,
      maxPitch: presentation ? 85 : 0,
      canvasContextAttributes: { preserveDrawingBuffer: presentation },
      // Labels and tiles fade in over 300 ms, redrawing every frame; a reader who asked for less motion sees them at once.
      fadeDuration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 300,
    })
    if (!presentation) {
      instance.addControl(new NavigationControl({ showCompass: false }), 'top-right')
      instance.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right')
    }
    instance.on('load', () => setMap(instance))
    window.atlasMap = instance
    return () => {
      setMap(null)
      instance.remove()
      window.atlasMap = undefined
    }
    // The basemap is fixed for the page's life; changing it reloads the page.
  }, [])
  useAttribution(map, attribution)
  useTileRetry(map)
  return (
    <div ref={container} className="map" data-testid="map">
      {map && <MapContext.Provider value={map}>{children}</MapContext.Provider>}
    </div>
  )
}

/** The attribution follows the UI language, so its control is replaced when the text changes. */
function useAttribution(map: MapLibreMap | null, text: string) {
  useEffect(() => {
    if (!map) return
    const control = new AttributionControl({ compact: true, customAttribution: text })
    map.addControl(control, 'bottom-right')
    return () => {
      // When the map itself is being removed it has already taken its controls off.
      if (map.hasControl(control)) map.removeControl(control)
    }
  }, [map, text])
}
