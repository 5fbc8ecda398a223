import { GeoJsonSource } from './geojson-source'
import { type Collection, halo, type Lang } from './layer-helpers'
import { MapLayer } from './map-layer'
import {
  HIGHLIGHT_COLOR,
  infraKinds,
  infraStyle,
  LABEL_FONT,
  lightColors,
  matchByKey,
  nameField,
  stageColors,
} from './theme'

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
