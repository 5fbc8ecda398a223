import type { ExpressionSpecification } from 'maplibre-gl'
import { useMemo } from 'react'
import { loadJurisdictions } from '../api/jurisdictions-client'
import { useApiQuery } from '../api/query'
import type { Light } from '../pipeline/light-dot'
import { GeoJsonSource } from './geojson-source'
import { noFeature } from './layer-helpers'
import { MapLayer } from './map-layer'
import { lightColors } from './theme'

/**
 * 月排位 on the map: the towns or platforms being ranked, coloured by light (departments have no territory). The
 * outlines come from the jurisdiction tree, fetched only while a unit ranking is open.
 */
export function UnitRankingLayer({ lights }: { lights: Map<number, Light> | null }) {
  const { data } = useApiQuery(['jurisdictions'], () => loadJurisdictions(), { enabled: lights !== null })
  const collection = useMemo(
    () => ({
      type: 'FeatureCollection' as const,
      features: (data?.jurisdictions ?? [])
        .filter((u) => u.boundary && lights?.has(u.id))
        .map((u) => ({ type: 'Feature', id: u.id, geometry: u.boundary, properties: { name: u.name } })),
    }),
    [data, lights],
  )
  const entries = [...(lights ?? new Map<number, Light>())]
  const color =
    entries.length === 0
      ? '#cccccc'
      : ([
          'match',
          ['id'],
          ...entries.flatMap(([id, light]) => [id, lightColors[light]]),
          '#cccccc',
        ] as ExpressionSpecification)
  return (
    <GeoJsonSource id="unit-ranking" data={collection}>
      <MapLayer
        id="units-ranking"
        type="fill"
        source="unit-ranking"
        beforeId="slot-fills"
        filter={entries.length === 0 ? noFeature : undefined}
        paint={{ 'fill-color': color, 'fill-opacity': 0.45 }}
      />
      <MapLayer
        id="units-ranking-line"
        type="line"
        source="unit-ranking"
        beforeId="slot-lines"
        filter={entries.length === 0 ? noFeature : undefined}
        paint={{ 'line-color': '#555555', 'line-width': 0.8 }}
      />
    </GeoJsonSource>
  )
}
