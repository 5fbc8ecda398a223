/** The land: parcels by status, and contiguous blocks. */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl'
import { PARCEL_OUTLINE_MIN_ZOOM } from '../../../server/tiles/tile-zooms'
import { translate } from '../i18n/translate'
import { GeoJsonSource } from './geojson-source'
import { type Collection, halo, type Lang } from './layer-helpers'
import { useMap } from './map-context'
import { MapLayer } from './map-layer'
import { HIGHLIGHT_COLOR, LABEL_FONT, matchByKey, statusColors } from './theme'
import { useHighlight } from './use-highlight'
import { VectorTileSource } from './vector-tile-source'

/** Parcel tiles are made up to this zoom; beyond it the map enlarges the z16 ones (0.6 m a tile unit there). */
const PARCEL_TILES_MAX_ZOOM = 16

/**
 * Parcels from the vector tiles, coloured by status, the land filters applied on the map; staff's unpublished land
 * dashed; the selected one outlined. Below z13 the tiles hold one point per park instead: the land on offer there.
 */
export function ParcelLayers({
  tiles,
  filter,
  visible,
  selectedId,
  lang,
}: {
  tiles: string
  filter: FilterSpecification | null
  visible: boolean
  selectedId: number | null
  lang: Lang
}) {
  const layer = { source: 'parcels', 'source-layer': 'parcels', visible, minzoom: PARCEL_OUTLINE_MIN_ZOOM }
  const matching = (own: FilterSpecification): FilterSpecification =>
    filter ? (['all', own, filter] as FilterSpecification) : own
  return (
    <VectorTileSource id="parcels" tiles={tiles} maxzoom={PARCEL_TILES_MAX_ZOOM}>
      <MapLayer
        id="parcels-fill"
        type="fill"
        {...layer}
        beforeId="slot-fills"
        filter={filter ?? undefined}
        paint={{
          'fill-color': matchByKey('status', statusColors, '#cccccc'),
          'fill-opacity': ['case', ['==', ['get', 'published'], false], 0.35, 0.8],
        }}
      />
      {/* Staff see unpublished land too: faint, with a dashed edge, so nobody mistakes it for what investors see. */}
      <MapLayer
        id="parcels-unpublished"
        type="line"
        {...layer}
        beforeId="slot-lines"
        filter={matching(['==', ['get', 'published'], false])}
        paint={{ 'line-color': '#39444d', 'line-width': 1.2, 'line-dasharray': [2, 1.5] }}
      />
      <MapLayer
        id="parcels-line"
        type="line"
        {...layer}
        beforeId="slot-lines"
        filter={filter ?? undefined}
        paint={{ 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 13, 0.5, 16, 1.5] }}
      />
      <MapLayer
        id="parcels-selected"
        type="line"
        source="parcels"
        source-layer="parcels"
        minzoom={PARCEL_OUTLINE_MIN_ZOOM}
        beforeId="slot-lines"
        paint={{
          'line-color': HIGHLIGHT_COLOR,
          'line-width': 4,
          'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
        }}
      />
      <ParcelHighlight id={selectedId} />
      <ParcelLabels visible={visible} lang={lang} filter={filter} />
    </VectorTileSource>
  )
}

export function BlockLayers({
  data,
  lang,
  show100,
  show200,
}: {
  data: Collection
  lang: Lang
  show100: boolean
  show200: boolean
}) {
  const shown: FilterSpecification = [
    'any',
    ['all', show100, ['<', ['get', 'total_mu'], 200]],
    ['all', show200, ['>=', ['get', 'total_mu'], 200]],
  ]
  const label: ExpressionSpecification = [
    'concat',
    ['to-string', ['round', ['get', 'total_mu']]],
    translate(lang, 'mu.suffix'),
  ]
  const color: ExpressionSpecification = ['case', ['get', 'sell_whole'], '#0b6e4f', '#1aa39a']
  return (
    <GeoJsonSource id="blocks" data={data}>
      <MapLayer
        id="blocks-fill"
        type="fill"
        source="blocks"
        beforeId="slot-fills"
        filter={shown}
        paint={{ 'fill-color': color, 'fill-opacity': 0.12 }}
      />
      <MapLayer
        id="blocks-line"
        type="line"
        source="blocks"
        beforeId="slot-lines"
        filter={shown}
        paint={{ 'line-color': color, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 1.5, 15, 3.5] }}
      />
      <MapLayer
        id="blocks-label"
        type="symbol"
        source="blocks"
        beforeId="slot-labels"
        filter={shown}
        minzoom={11}
        layout={{ 'text-field': label, 'text-font': LABEL_FONT, 'text-size': 13, 'symbol-placement': 'point' }}
        paint={{ 'text-color': color, ...halo }}
      />
    </GeoJsonSource>
  )
}

/** The selected parcel's outline, by feature state: it stays drawn whatever the filters hide. */
function ParcelHighlight({ id }: { id: number | null }) {
  useHighlight(useMap(), 'parcels', 'parcels', id)
  return null
}

/** From zoom 15: each parcel's code and area in mu. */
function ParcelLabels({ visible, lang, filter }: { visible: boolean; lang: Lang; filter: FilterSpecification | null }) {
  const areaLabel: ExpressionSpecification = [
    'concat',
    ['to-string', ['round', ['get', 'area_mu']]],
    translate(lang, 'mu.suffix'),
  ]
  return (
    <MapLayer
      id="parcels-label"
      type="symbol"
      source="parcels"
      source-layer="parcels"
      beforeId="slot-labels"
      visible={visible}
      minzoom={15}
      filter={filter ?? undefined}
      layout={{
        'text-field': ['format', ['get', 'code'], { 'font-scale': 0.85 }, '\n', {}, areaLabel, {}],
        'text-font': LABEL_FONT,
        'text-size': 11,
      }}
      paint={{ 'text-color': '#1f2a33', ...halo }}
    />
  )
}

/**
 * Below the zoom where outlines are legible: a disc per park (per district for land outside parks) sized by the mu on
 * offer there, with that figure; so a city-scale view shows where the land is instead of specks. Its tiles take the
 * 找地 filters (another address per search), so the discs sum what the table lists; with statuses chosen they sum
 * those instead of what is on offer.
 */
export function ParcelOverviewLayers({
  tiles,
  sumsStatuses,
  visible,
  lang,
}: {
  tiles: string
  sumsStatuses: boolean
  visible: boolean
  lang: Lang
}) {
  const overview = {
    source: 'parcels-overview',
    'source-layer': 'parcels_overview',
    visible,
    maxzoom: PARCEL_OUTLINE_MIN_ZOOM,
  }
  const mu: ExpressionSpecification = ['get', sumsStatuses ? 'mu' : 'available_mu']
  const offered: ExpressionSpecification = ['>', mu, 0]
  return (
    <VectorTileSource id="parcels-overview" tiles={tiles} maxzoom={PARCEL_OUTLINE_MIN_ZOOM - 1}>
      <MapLayer
        id="parcels-overview"
        type="circle"
        {...overview}
        beforeId="slot-points"
        filter={offered}
        paint={{
          'circle-color': statusColors.available,
          'circle-opacity': 0.75,
          'circle-radius': ['interpolate', ['linear'], ['sqrt', mu], 0, 6, 40, 26],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        }}
      />
      <MapLayer
        id="parcels-overview-label"
        type="symbol"
        {...overview}
        beforeId="slot-labels"
        filter={offered}
        layout={{
          'text-field': ['concat', ['to-string', ['round', mu]], translate(lang, 'mu.suffix')],
          'text-font': LABEL_FONT,
          'text-size': 12,
          'text-allow-overlap': true,
        }}
        paint={{ 'text-color': '#10302a', ...halo }}
      />
    </VectorTileSource>
  )
}
