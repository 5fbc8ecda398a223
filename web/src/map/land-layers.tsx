/** The land: parcels by status, and contiguous blocks. */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl'
import { translate } from '../i18n/translate'
import { GeoJsonSource } from './geojson-source'
import { byId, type Collection, halo, type Lang } from './layer-helpers'
import { MapLayer } from './map-layer'
import { HIGHLIGHT_COLOR, LABEL_FONT, matchByKey, statusColors } from './theme'

/** Parcels coloured by status; staff's unpublished land dashed; the selected one outlined. */
export function ParcelLayers({
  data,
  visible,
  selectedId,
  lang,
}: {
  data: Collection
  visible: boolean
  selectedId: number | null
  lang: Lang
}) {
  return (
    <GeoJsonSource id="parcels" data={data}>
      <MapLayer
        id="parcels-fill"
        type="fill"
        source="parcels"
        beforeId="slot-fills"
        visible={visible}
        paint={{
          'fill-color': matchByKey('status', statusColors, '#cccccc'),
          'fill-opacity': ['case', ['==', ['get', 'published'], false], 0.35, 0.8],
        }}
      />
      {/* Staff see unpublished land too: faint, with a dashed edge, so nobody mistakes it for what investors see. */}
      <MapLayer
        id="parcels-unpublished"
        type="line"
        source="parcels"
        beforeId="slot-lines"
        visible={visible}
        filter={['==', ['get', 'published'], false]}
        paint={{ 'line-color': '#39444d', 'line-width': 1.2, 'line-dasharray': [2, 1.5] }}
      />
      <MapLayer
        id="parcels-line"
        type="line"
        source="parcels"
        beforeId="slot-lines"
        visible={visible}
        minzoom={12}
        paint={{ 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.5, 16, 1.5] }}
      />
      <MapLayer
        id="parcels-selected"
        type="line"
        source="parcels"
        beforeId="slot-lines"
        filter={byId(selectedId)}
        paint={{ 'line-color': HIGHLIGHT_COLOR, 'line-width': 4 }}
      />
      <ParcelLabels visible={visible} lang={lang} />
    </GeoJsonSource>
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

/** From zoom 15: each parcel's code and area in mu. */
function ParcelLabels({ visible, lang }: { visible: boolean; lang: Lang }) {
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
      beforeId="slot-labels"
      visible={visible}
      minzoom={15}
      layout={{
        'text-field': ['format', ['get', 'code'], { 'font-scale': 0.85 }, '\n', {}, areaLabel, {}],
        'text-font': LABEL_FONT,
        'text-size': 11,
      }}
      paint={{ 'text-color': '#1f2a33', ...halo }}
    />
  )
}
