import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl'
import { type AnyFeatureCollection, GeoJsonSource } from './geojson-source'
import { MapLayer } from './map-layer'
import {
  HIGHLIGHT_COLOR,
  infraKinds,
  infraStyle,
  LABEL_FONT,
  lightColors,
  matchByKey,
  nameField,
  PARK_COLOR,
  REGION_LINE_COLOR,
  stageColors,
  statusColors,
} from './theme'

type Lang = 'zh' | 'en'
type Collection = AnyFeatureCollection
const noFeature: FilterSpecification = ['==', ['id'], -1]
const byId = (id: number | null): FilterSpecification => (id === null ? noFeature : ['==', ['id'], id])
const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 }

type Lights = Map<number, 'green' | 'yellow' | 'red'> | null

export function RegionLayers({
  data,
  labels,
  lang,
  visible,
  rankingLights,
}: {
  data: Collection
  labels: Collection
  lang: Lang
  visible: boolean
  rankingLights: Lights
}) {
  return (
    <>
      <GeoJsonSource id="regions" data={data}>
        <MapLayer
          id="regions-fill"
          type="fill"
          source="regions"
          beforeId="slot-fills"
          visible={visible}
          paint={{ 'fill-color': '#ffffff', 'fill-opacity': 0.55 }}
        />
        <RankingLayer lights={rankingLights} />
        <MapLayer
          id="regions-line"
          type="line"
          source="regions"
          beforeId="slot-lines"
          visible={visible}
          paint={{ 'line-color': REGION_LINE_COLOR, 'line-width': 1.2, 'line-dasharray': [3, 2] }}
        />
      </GeoJsonSource>
      <GeoJsonSource id="region-labels" data={labels}>
        <MapLayer
          id="regions-label"
          type="symbol"
          source="region-labels"
          beforeId="slot-labels"
          visible={visible}
          maxzoom={12}
          layout={{
            'text-field': nameField(lang),
            'text-font': LABEL_FONT,
            'text-size': 15,
            'text-letter-spacing': 0.1,
          }}
          paint={{ 'text-color': '#4a5560', ...halo }}
        />
      </GeoJsonSource>
    </>
  )
}

export function ParkLayers({
  data,
  labels,
  lang,
  visible,
  selectedId,
}: {
  data: Collection
  labels: Collection
  lang: Lang
  visible: boolean
  selectedId: number | null
}) {
  return (
    <>
      <GeoJsonSource id="parks" data={data}>
        <MapLayer
          id="parks-fill"
          type="fill"
          source="parks"
          beforeId="slot-fills"
          visible={visible}
          paint={{ 'fill-color': PARK_COLOR, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 9, 0.35, 13, 0.06] }}
        />
        <MapLayer
          id="parks-line"
          type="line"
          source="parks"
          beforeId="slot-lines"
          visible={visible}
          paint={{ 'line-color': PARK_COLOR, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1.5, 14, 3] }}
        />
        <MapLayer
          id="parks-selected"
          type="line"
          source="parks"
          beforeId="slot-lines"
          filter={byId(selectedId)}
          paint={{ 'line-color': HIGHLIGHT_COLOR, 'line-width': 5 }}
        />
      </GeoJsonSource>
      <GeoJsonSource id="park-labels" data={labels}>
        {/* At city scale a park is a few pixels wide: a marker says where it is until its outline can. */}
        <MapLayer
          id="parks-marker"
          type="circle"
          source="park-labels"
          beforeId="slot-points"
          visible={visible}
          maxzoom={11.5}
          paint={{
            'circle-color': PARK_COLOR,
            'circle-radius': 6,
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 2,
            'circle-opacity': ['interpolate', ['linear'], ['zoom'], 10.5, 1, 11.5, 0],
          }}
        />
        <MapLayer
          id="parks-label"
          type="symbol"
          source="park-labels"
          beforeId="slot-labels"
          visible={visible}
          minzoom={7}
          layout={{
            'text-field': nameField(lang),
            'text-font': LABEL_FONT,
            'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, 14, 14],
            'text-offset': [0, 0.9],
            'text-optional': true,
            'text-anchor': 'top',
            'text-max-width': 9,
          }}
          paint={{ 'text-color': '#9b2c29', ...halo }}
        />
      </GeoJsonSource>
    </>
  )
}

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
  const areaLabel: ExpressionSpecification = [
    'concat',
    ['to-string', ['round', ['get', 'area_mu']]],
    lang === 'en' ? ' mu' : '亩',
  ]
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
    </GeoJsonSource>
  )
}

export function InfrastructureLayers({ data, lang, visible }: { data: Collection; lang: Lang; visible: boolean }) {
  const colors = Object.fromEntries(infraKinds.map((k) => [k, infraStyle[k].color])) as Record<string, string>
  const glyphs = Object.fromEntries(infraKinds.map((k) => [k, infraStyle[k].glyph[lang]])) as Record<string, string>
  return (
    <GeoJsonSource id="infrastructure" data={data}>
      <MapLayer
        id="infra-circles"
        type="circle"
        source="infrastructure"
        beforeId="slot-points"
        visible={visible}
        paint={{
          'circle-color': matchByKey('kind', colors, '#555555'),
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 7, 14, 11],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        }}
      />
      <MapLayer
        id="infra-glyph"
        type="symbol"
        source="infrastructure"
        beforeId="slot-labels"
        visible={visible}
        layout={{
          'text-field': matchByKey('kind', glyphs, '?'),
          'text-font': LABEL_FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 8, 9, 14, 13],
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        }}
        paint={{ 'text-color': '#ffffff' }}
      />
      <MapLayer
        id="infra-label"
        type="symbol"
        source="infrastructure"
        beforeId="slot-labels"
        visible={visible}
        minzoom={10}
        layout={{
          'text-field': nameField(lang),
          'text-font': LABEL_FONT,
          'text-size': 11,
          'text-offset': [0, 1.3],
          'text-anchor': 'top',
          'text-optional': true,
        }}
        paint={{ 'text-color': '#33414d', ...halo }}
      />
    </GeoJsonSource>
  )
}

/** Staff only: the confidential pipeline, coloured by stage, drawn above the land it wants; a halo for yellow and red warnings. */
export function ProjectLayers({
  data,
  visible,
  selectedId,
}: {
  data: Collection
  visible: boolean
  selectedId: number | null
}) {
  return (
    <GeoJsonSource id="projects" data={data}>
      <MapLayer
        id="projects-halo"
        type="circle"
        source="projects"
        beforeId="slot-points"
        visible={visible}
        filter={['!=', ['get', 'light'], 'green']}
        paint={{
          'circle-color': matchByKey('light', lightColors, '#999999'),
          'circle-opacity': 0.35,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 9, 14, 17],
          'circle-stroke-color': matchByKey('light', lightColors, '#999999'),
          'circle-stroke-width': 1.5,
        }}
      />
      <MapLayer
        id="projects-circle"
        type="circle"
        source="projects"
        beforeId="slot-points"
        visible={visible}
        paint={{
          'circle-color': matchByKey('stage', stageColors, '#777777'),
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 4, 14, 9],
          'circle-stroke-color': ['case', ['==', ['id'], selectedId ?? -1], HIGHLIGHT_COLOR, '#ffffff'],
          'circle-stroke-width': ['case', ['==', ['id'], selectedId ?? -1], 4, 1.5],
        }}
      />
    </GeoJsonSource>
  )
}

/** 赛马 on the real district boundaries: each jurisdiction filled with its ranking light while the ranking is open. */
function RankingLayer({ lights }: { lights: Lights }) {
  const entries = [...(lights ?? new Map<number, 'green' | 'yellow' | 'red'>()).entries()]
  if (entries.length === 0)
    return (
      <MapLayer
        id="regions-ranking"
        type="fill"
        source="regions"
        beforeId="slot-fills"
        filter={noFeature}
        paint={{ 'fill-opacity': 0.45 }}
      />
    )
  const color = [
    'match',
    ['id'],
    ...entries.flatMap(([id, light]) => [id, lightColors[light]]),
    '#cccccc',
  ] as ExpressionSpecification
  // Only ranked jurisdictions are drawn: a district without targets stays as it was.
  const ranked: FilterSpecification = ['in', ['id'], ['literal', entries.map(([id]) => id)]]
  return (
    <MapLayer
      id="regions-ranking"
      type="fill"
      source="regions"
      beforeId="slot-fills"
      filter={ranked}
      paint={{ 'fill-color': color, 'fill-opacity': 0.45 }}
    />
  )
}

/** Contiguous blocks: 100-mu outlines in teal, 200-mu (sold whole) in deep green, labelled with their mu. */
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
    lang === 'en' ? ' mu' : '亩',
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
