/** The offline basemap: the sea with its coast, water, built-up areas, railways and roads, quiet under our layers. */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl'
import { halo, type Lang } from './layer-helpers'
import { MapLayer } from './map-layer'
import { LABEL_FONT, nameField } from './theme'
import { VectorTileSource } from './vector-tile-source'

/** Context tiles are made up to this zoom; the map enlarges them beyond it. */
const CONTEXT_TILES_MAX_ZOOM = 16

const SEA_COLOR = '#c6dbea'
const COAST_COLOR = '#7fa7c4'
const ROAD_COLOR = '#ffffff'
const ROAD_CASING = '#c9c3b6'

const kindIs = (...kinds: string[]): FilterSpecification => ['match', ['get', 'kind'], kinds, true, false]
const ROADS = kindIs('road_major', 'road_minor')

/**
 * Drawn only when no online basemap is configured: then they are the map's geography. Fills sit below the districts'
 * tint (the `slot-basemap` anchor), so the city's land stays lighter than the sea around it.
 */
export function ContextLayers({ visible, lang }: { visible: boolean; lang: Lang }) {
  const tiles = `${window.location.origin}/api/tiles/context/{z}/{x}/{y}.mvt`
  const layer = { source: 'context', 'source-layer': 'context', visible, beforeId: 'slot-basemap' as const }
  return (
    <VectorTileSource id="context" tiles={tiles} maxzoom={CONTEXT_TILES_MAX_ZOOM}>
      <MapLayer
        id="context-built-up"
        type="fill"
        {...layer}
        filter={kindIs('built_up')}
        paint={{ 'fill-color': '#e4ded3', 'fill-opacity': 0.8 }}
      />
      <MapLayer
        id="context-water"
        type="fill"
        {...layer}
        filter={kindIs('water')}
        paint={{ 'fill-color': SEA_COLOR }}
      />
      <MapLayer
        id="context-coast"
        type="line"
        {...layer}
        filter={kindIs('coastline')}
        paint={{ 'line-color': COAST_COLOR, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 14, 1.6] }}
      />
      <MapLayer
        id="context-river"
        type="line"
        {...layer}
        filter={kindIs('river')}
        paint={{ 'line-color': SEA_COLOR, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 16, 6] }}
      />
      <MapLayer
        id="context-rail"
        type="line"
        {...layer}
        filter={kindIs('railway')}
        paint={{ 'line-color': '#8d8d8d', 'line-width': 1.5, 'line-dasharray': [3, 3] }}
      />
      <RoadLayers layer={layer} lang={lang} />
    </VectorTileSource>
  )
}

type ContextLayerBase = { source: string; 'source-layer': string; visible: boolean; beforeId: 'slot-basemap' }

/** Roads as white lines with a darker edge, widening with the zoom; named along the line from z15. */
function RoadLayers({ layer, lang }: { layer: ContextLayerBase; lang: Lang }) {
  return (
    <>
      <MapLayer
        id="context-road-casing"
        type="line"
        {...layer}
        filter={ROADS}
        layout={{ 'line-cap': 'round', 'line-join': 'round' }}
        paint={{ 'line-color': ROAD_CASING, 'line-width': roadWidth(2) }}
      />
      <MapLayer
        id="context-road"
        type="line"
        {...layer}
        filter={ROADS}
        layout={{ 'line-cap': 'round', 'line-join': 'round' }}
        paint={{ 'line-color': ROAD_COLOR, 'line-width': roadWidth(0) }}
      />
      <MapLayer
        id="context-road-label"
        type="symbol"
        {...layer}
        minzoom={15}
        filter={ROADS}
        layout={{
          'symbol-placement': 'line',
          'text-field': nameField(lang),
          'text-font': LABEL_FONT,
          'text-size': 11,
        }}
        paint={{ 'text-color': '#7a7466', ...halo }}
      />
    </>
  )
}

/** A road's width by zoom: a 24 m park road is a hairline at z12 and about 10 px at z17; `casing` px wider for its edge. */
function roadWidth(casing: number): ExpressionSpecification {
  return ['interpolate', ['exponential', 2], ['zoom'], 12, 0.6 + casing / 4, 17, 10 + casing]
}
