/** 载体: factories and towns as footprints, office buildings as points, coloured by how much of them stands empty. */
import type { ExpressionSpecification } from 'maplibre-gl'
import type { BuildingCollection } from '../api/space-client'
import { GeoJsonSource } from './geojson-source'
import { halo, type Lang } from './layer-helpers'
import { MapLayer } from './map-layer'
import { BUILDING_LINE_COLOR, buildingVacancyColor, HIGHLIGHT_COLOR, LABEL_FONT, nameField } from './theme'

// MapLibre has answered both ways for multipolygons over the versions: match either.
const isArea: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false]
const isPoint: ExpressionSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false]

export function BuildingLayers({
  data,
  lang,
  visible,
  selectedId,
}: {
  data: BuildingCollection
  lang: Lang
  visible: boolean
  selectedId: number | null
}) {
  return (
    <GeoJsonSource id="buildings" data={data}>
      <MapLayer
        id="buildings-fill"
        type="fill"
        source="buildings"
        beforeId="slot-points"
        visible={visible}
        filter={isArea}
        minzoom={11}
        paint={{ 'fill-color': buildingVacancyColor, 'fill-opacity': 0.85 }}
      />
      <MapLayer
        id="buildings-line"
        type="line"
        source="buildings"
        beforeId="slot-points"
        visible={visible}
        filter={isArea}
        minzoom={11}
        paint={{ 'line-color': BUILDING_LINE_COLOR, 'line-width': 1.2 }}
      />
      <MapLayer
        id="buildings-circle"
        type="circle"
        source="buildings"
        beforeId="slot-points"
        visible={visible}
        filter={isPoint}
        paint={{
          'circle-color': buildingVacancyColor,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 3.5, 14, 8],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        }}
      />
      <BuildingHighlight selectedId={selectedId} />
      <MapLayer
        id="buildings-label"
        type="symbol"
        source="buildings"
        beforeId="slot-labels"
        visible={visible}
        minzoom={14}
        layout={{ 'text-field': nameField(lang), 'text-font': LABEL_FONT, 'text-size': 11, 'text-offset': [0, 1.1] }}
        paint={{ 'text-color': BUILDING_LINE_COLOR, ...halo }}
      />
    </GeoJsonSource>
  )
}

/** The selected building: its outline, or a ring round its point. */
function BuildingHighlight({ selectedId }: { selectedId: number | null }) {
  return (
    <>
      <MapLayer
        id="buildings-selected"
        type="line"
        source="buildings"
        beforeId="slot-points"
        filter={['all', isArea, ['==', ['id'], selectedId ?? -1]]}
        paint={{ 'line-color': HIGHLIGHT_COLOR, 'line-width': 4 }}
      />
      <MapLayer
        id="buildings-selected-point"
        type="circle"
        source="buildings"
        beforeId="slot-points"
        filter={['all', isPoint, ['==', ['id'], selectedId ?? -1]]}
        paint={{
          'circle-radius': 11,
          'circle-color': 'transparent',
          'circle-stroke-color': HIGHLIGHT_COLOR,
          'circle-stroke-width': 3,
        }}
      />
    </>
  )
}
