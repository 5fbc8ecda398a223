import type { FilterSpecification } from 'maplibre-gl'
import type { PresentedScene } from '../api/stories-client'
import { GeoJsonSource } from '../map/geojson-source'
import { halo, type Lang } from '../map/layer-helpers'
import { MapLayer } from '../map/map-layer'
import { HIGHLIGHT_COLOR, LABEL_FONT, nameField } from '../map/theme'

const AREAS: FilterSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false]
const POINTS: FilterSpecification = ['==', ['geometry-type'], 'Point']

/** What a scene points at, from its snapshot: areas filled and outlined in gold, points as gold dots with names. */
export function HighlightLayers({ features, lang }: { features: PresentedScene['features']; lang: Lang }) {
  return (
    <GeoJsonSource id="story-highlights" data={features as { type: 'FeatureCollection'; features: object[] }}>
      <MapLayer
        id="story-highlight-fill"
        type="fill"
        source="story-highlights"
        beforeId="slot-lines"
        filter={AREAS}
        paint={{ 'fill-color': HIGHLIGHT_COLOR, 'fill-opacity': 0.28 }}
      />
      <MapLayer
        id="story-highlight-line"
        type="line"
        source="story-highlights"
        beforeId="slot-points"
        filter={AREAS}
        paint={{ 'line-color': '#b8860b', 'line-width': 3.5 }}
      />
      <MapLayer
        id="story-highlight-point"
        type="circle"
        source="story-highlights"
        beforeId="slot-labels"
        filter={POINTS}
        paint={{
          'circle-color': HIGHLIGHT_COLOR,
          'circle-radius': 8,
          'circle-stroke-color': '#5c4400',
          'circle-stroke-width': 2,
        }}
      />
      <MapLayer
        id="story-highlight-label"
        type="symbol"
        source="story-highlights"
        beforeId="slot-labels"
        filter={POINTS}
        layout={{
          'text-field': nameField(lang),
          'text-font': LABEL_FONT,
          'text-size': 18,
          'text-offset': [0, 1.3],
          'text-anchor': 'top',
        }}
        paint={halo}
      />
    </GeoJsonSource>
  )
}
