/** The places: districts (with the ranking's lights) and parks. */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl'
import { GeoJsonSource } from './geojson-source'
import { byId, type Collection, halo, type Lang, type Lights, noFeature } from './layer-helpers'
import { MapLayer } from './map-layer'
import { HIGHLIGHT_COLOR, LABEL_FONT, lightColors, nameField, PARK_COLOR, REGION_LINE_COLOR } from './theme'

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

/** Parks: an outline fading in as it grows, the selected one highlighted. */
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
      <ParkMarkers labels={labels} lang={lang} visible={visible} />
    </>
  )
}

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

/** Park names, with a marker at city scale where the outline is too small to see. */
function ParkMarkers({ labels, lang, visible }: { labels: Collection; lang: Lang; visible: boolean }) {
  return (
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
  )
}
