import { useCallback, useEffect, useMemo } from 'react'
import type { ImportResult } from '../api/imports-client'
import { fitInFreeArea } from './fit-free-area'
import { GeoJsonSource } from './geojson-source'
import { useMap } from './map-context'
import { MapLayer } from './map-layer'
import { LABEL_FONT, matchByKey } from './theme'

const verdictColors = { error: '#e03131', warning: '#f08c00', ok: '#1971c2' } as const

interface Props {
  result: ImportResult
  zoom: { row: number; nonce: number } | null
}

/** Each outline with its row's verdict and code; and the points where invalid outlines go wrong. */
function previewCollections(result: ImportResult) {
  const rows = new Map(result.report.rows.map((r) => [r.row, r]))
  const verdictOf = (row: (typeof result.report.rows)[number] | undefined) =>
    row && row.errors.length > 0 ? 'error' : row && row.warnings.length > 0 ? 'warning' : 'ok'
  const outlines = result.outlines.map((o) => {
    const row = rows.get(o.row)
    const properties = { row: o.row, code: row?.code ?? `#${o.row}`, verdict: verdictOf(row) }
    return { type: 'Feature', id: o.row, geometry: JSON.parse(o.geometry) as object, properties }
  })
  const crossings = result.report.rows
    .filter((r) => r.invalidAt)
    .map((r) => ({
      type: 'Feature',
      id: r.row,
      geometry: { type: 'Point', coordinates: r.invalidAt },
      properties: { row: r.row },
    }))
  return {
    preview: { type: 'FeatureCollection' as const, features: outlines },
    crossings: { type: 'FeatureCollection' as const, features: crossings },
  }
}

/**
 * The dry run on the map: each outline as it would be stored, coloured by its row's verdict, labelled by its code;
 * a red dot where an invalid outline goes wrong.
 */
export function ImportLayers({ result, zoom }: Props) {
  const { preview, crossings } = useMemo(() => previewCollections(result), [result])
  const fitTo = useFitTo()
  useEffect(() => {
    fitTo(preview.features)
  }, [fitTo, preview])
  // biome-ignore lint/correctness/useExhaustiveDependencies: a row picked in the report; new outlines do not move the map back to it
  useEffect(() => {
    if (zoom) fitTo(preview.features.filter((f) => f.id === zoom.row))
  }, [fitTo, zoom])
  return (
    <>
      <GeoJsonSource id="import-preview" data={preview}>
        <MapLayer
          id="import-preview-fill"
          type="fill"
          source="import-preview"
          beforeId="slot-fills"
          paint={{ 'fill-color': matchByKey('verdict', verdictColors, '#1971c2'), 'fill-opacity': 0.35 }}
        />
        <MapLayer
          id="import-preview-line"
          type="line"
          source="import-preview"
          beforeId="slot-lines"
          paint={{ 'line-color': matchByKey('verdict', verdictColors, '#1971c2'), 'line-width': 2 }}
        />
        <MapLayer
          id="import-preview-label"
          type="symbol"
          source="import-preview"
          beforeId="slot-labels"
          layout={{ 'text-field': ['get', 'code'], 'text-font': LABEL_FONT, 'text-size': 12 }}
          paint={{ 'text-color': '#1d2a33', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }}
        />
      </GeoJsonSource>
      <GeoJsonSource id="import-invalid" data={crossings}>
        <MapLayer
          id="import-invalid-point"
          type="circle"
          source="import-invalid"
          beforeId="slot-points"
          paint={{
            'circle-color': '#e03131',
            'circle-radius': 6,
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 2,
          }}
        />
      </GeoJsonSource>
    </>
  )
}

type Outline = { id: number; geometry: object }

/** Outlines brought into the part of the map the board leaves free. */
function useFitTo() {
  const map = useMap()
  return useCallback(
    (wanted: readonly Outline[]) =>
      fitInFreeArea(
        map,
        wanted.map((f) => f.geometry as { coordinates: unknown }),
        17,
      ),
    [map],
  )
}
