import { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useRef, useState } from 'react'
import { loadParcels } from '../api/client'
import { buildBaseStyle } from '../map/offline-style'
import { HIGHLIGHT_COLOR, matchByKey, statusColors } from '../map/theme'
import { scaleBar } from './map-furniture'
import { SheetLocator } from './sheet-locator'

type Geometry = { type: string; coordinates: unknown[] }

function boundsOf(geometry: Geometry): [number, number, number, number] {
  const points = (geometry.coordinates as unknown[]).flat(3) as number[]
  const lons = points.filter((_, i) => i % 2 === 0)
  const lats = points.filter((_, i) => i % 2 === 1)
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]
}

/**
 * The sheet's map as a still image: drawn once off the page's flow, then turned into a PNG, because browsers
 * print a WebGL canvas unreliably and an image prints everywhere.
 */
export function SheetMap({ geometry, label }: { geometry: Geometry; label: string }) {
  const container = useRef<HTMLDivElement>(null)
  const [image, setImage] = useState<string | null>(null)
  const [scale, setScale] = useState<ReturnType<typeof scaleBar> | null>(null)
  useEffect(() => {
    if (!container.current) return
    const [minLon, minLat, maxLon, maxLat] = boundsOf(geometry)
    const map = new MapLibreMap({
      container: container.current,
      style: buildBaseStyle([]),
      interactive: false,
      attributionControl: false,
      bounds: [minLon, minLat, maxLon, maxLat],
      fitBoundsOptions: { padding: 60, maxZoom: 17 },
      canvasContextAttributes: { preserveDrawingBuffer: true },
    })
    const controller = new AbortController()
    map.on('load', () => {
      const pad = Math.max(maxLon - minLon, maxLat - minLat) * 1.5
      const bbox = [minLon - pad, minLat - pad, maxLon + pad, maxLat + pad].map((n) => n.toFixed(5)).join(',')
      loadParcels(bbox, {}, controller.signal).then(
        (neighbours) => {
          drawSheetLayers(map, neighbours, geometry)
          map.once('idle', () => {
            const width = map.getContainer().clientWidth
            setScale(scaleBar(map.getCenter().lat, map.getZoom(), width))
            setImage(map.getCanvas().toDataURL('image/png'))
          })
        },
        () => undefined,
      )
    })
    return () => {
      controller.abort()
      map.remove()
    }
  }, [geometry])
  const [minLon, minLat, maxLon, maxLat] = boundsOf(geometry)
  return (
    <figure className="sheet-map">
      {image ? (
        <img src={image} alt={label} data-testid="sheet-map-image" />
      ) : (
        <div ref={container} className="sheet-map-canvas" />
      )}
      {image && scale && <MapFurniture scale={scale} site={[(minLon + maxLon) / 2, (minLat + maxLat) / 2]} />}
    </figure>
  )
}

/** What a printed map needs besides the map: north, a scale bar and where it lies in the city. */
function MapFurniture({ scale, site }: { scale: ReturnType<typeof scaleBar>; site: [number, number] }) {
  return (
    <>
      <div className="sheet-north">
        ▲<br />N
      </div>
      {/* The bar is the figure's own child: its width in % is a share of the image, as the scale was worked out. */}
      <span className="sheet-scale-bar" style={{ width: `${scale.widthPercent}%` }} />
      <span className="sheet-scale" data-testid="sheet-scale">
        {scale.label}
      </span>
      <SheetLocator site={site} />
    </>
  )
}

/** The neighbouring parcels by status, faint, and the sheet's own outline in red on top. */
function drawSheetLayers(map: MapLibreMap, neighbours: unknown, geometry: Geometry) {
  map.addSource('neighbours', { type: 'geojson', data: neighbours as unknown as GeoJSON.FeatureCollection })
  map.addLayer({
    id: 'neighbours',
    type: 'fill',
    source: 'neighbours',
    paint: { 'fill-color': matchByKey('status', statusColors, '#cccccc'), 'fill-opacity': 0.45 },
  })
  map.addLayer({
    id: 'neighbours-line',
    type: 'line',
    source: 'neighbours',
    paint: { 'line-color': '#ffffff', 'line-width': 1 },
  })
  map.addSource('target', {
    type: 'geojson',
    data: { type: 'Feature', properties: {}, geometry: geometry as GeoJSON.Geometry },
  })
  map.addLayer({
    id: 'target-fill',
    type: 'fill',
    source: 'target',
    paint: { 'fill-color': '#c0392b', 'fill-opacity': 0.35 },
  })
  map.addLayer({
    id: 'target-line',
    type: 'line',
    source: 'target',
    paint: { 'line-color': HIGHLIGHT_COLOR, 'line-width': 4 },
  })
}
