import { LngLatBounds } from 'maplibre-gl'
import { useEffect, useMemo } from 'react'
import type { SiteCandidate } from '../api/recommend-client'
import { fitInFreeArea, freeArea } from './fit-free-area'
import { type AnyFeatureCollection, GeoJsonSource } from './geojson-source'
import { useMap } from './map-context'
import { MapLayer } from './map-layer'
import { LABEL_FONT, matchByKey } from './theme'

export const zoneColors = { water_source: '#1c7ed6', residential: '#f08c00', ecological: '#2b8a3e' } as const

interface Props {
  candidates: readonly SiteCandidate[]
  focused: number | null
  compared: readonly number[]
  zoom: { rank: number; nonce: number } | null
  zones: AnyFeatureCollection
}

/** Each candidate as its outline (ranked, scored) and as a point for its rank badge. */
function candidateCollections(candidates: readonly SiteCandidate[]) {
  const collection = (geometry: (c: SiteCandidate) => unknown, properties: (c: SiteCandidate) => object) => ({
    type: 'FeatureCollection' as const,
    features: candidates.map((c) => ({
      type: 'Feature',
      id: c.rank,
      geometry: geometry(c),
      properties: properties(c),
    })),
  })
  return {
    outlines: collection(
      (c) => c.geometry,
      (c) => ({ rank: c.rank, score: Math.round(c.score) }),
    ),
    badges: collection(
      (c) => ({ type: 'Point', coordinates: c.centre }),
      (c) => ({ rank: c.rank }),
    ),
  }
}

/** 智寻址 on the map: the candidates' outlines with rank badges, and the sensitive zones the profile keeps away from. */
export function SiteLayers({ candidates, focused, compared, zoom, zones }: Props) {
  const { outlines, badges } = useMemo(() => candidateCollections(candidates), [candidates])
  useFitToCandidates(candidates)
  useZoomToCandidate(candidates, zoom)
  const highlighted = [
    'any',
    ['==', ['get', 'rank'], focused ?? -1],
    ['in', ['get', 'rank'], ['literal', [...compared]]],
  ]
  return (
    <>
      <ZoneLayers zones={zones} />
      <GeoJsonSource id="site-candidates" data={outlines}>
        <MapLayer
          id="site-candidates-fill"
          type="fill"
          source="site-candidates"
          beforeId="slot-fills"
          paint={{ 'fill-color': '#e8590c', 'fill-opacity': ['case', highlighted, 0.55, 0.3] }}
        />
        <MapLayer
          id="site-candidates-line"
          type="line"
          source="site-candidates"
          beforeId="slot-lines"
          paint={{ 'line-color': '#c2410c', 'line-width': ['case', highlighted, 3.5, 2] }}
        />
      </GeoJsonSource>
      <BadgeLayers badges={badges} focused={focused} />
    </>
  )
}

/** The sensitive zones (water sources, housing, ecology), dashed. */
function ZoneLayers({ zones }: { zones: AnyFeatureCollection }) {
  return (
    <GeoJsonSource id="sensitive-zones" data={zones}>
      <MapLayer
        id="zones-fill"
        type="fill"
        source="sensitive-zones"
        beforeId="slot-fills"
        paint={{ 'fill-color': matchByKey('kind', zoneColors, '#868e96'), 'fill-opacity': 0.18 }}
      />
      <MapLayer
        id="zones-line"
        type="line"
        source="sensitive-zones"
        beforeId="slot-lines"
        paint={{ 'line-color': matchByKey('kind', zoneColors, '#868e96'), 'line-width': 1.2, 'line-dasharray': [3, 2] }}
      />
    </GeoJsonSource>
  )
}

/** Round badges with each candidate's rank; the hovered one larger. */
function BadgeLayers({ badges, focused }: { badges: AnyFeatureCollection; focused: number | null }) {
  return (
    <GeoJsonSource id="site-badges" data={badges}>
      <MapLayer
        id="site-badges-circle"
        type="circle"
        source="site-badges"
        beforeId="slot-points"
        paint={{
          'circle-color': '#e8590c',
          'circle-radius': ['case', ['==', ['get', 'rank'], focused ?? -1], 13, 10],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        }}
      />
      <MapLayer
        id="site-badges-label"
        type="symbol"
        source="site-badges"
        beforeId="slot-labels"
        layout={{
          'text-field': ['to-string', ['get', 'rank']],
          'text-font': LABEL_FONT,
          'text-size': 12,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        }}
        paint={{ 'text-color': '#ffffff' }}
      />
    </GeoJsonSource>
  )
}

/** New results: bring them all into the part of the map the board leaves free. */
function useFitToCandidates(candidates: readonly SiteCandidate[]) {
  const map = useMap()
  useEffect(() => {
    if (candidates.length === 0) return
    const bounds = new LngLatBounds()
    for (const c of candidates) bounds.extend(c.centre as [number, number])
    map.fitBounds(bounds, { padding: freeArea(map), maxZoom: 14, duration: 600 })
  }, [map, candidates])
}

/** A card's site, outline and all, in the free part of the map. */
function useZoomToCandidate(candidates: readonly SiteCandidate[], zoom: Props['zoom']) {
  const map = useMap()
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map moves when a card is picked, not when the candidates change
  useEffect(() => {
    const candidate = zoom && candidates.find((c) => c.rank === zoom.rank)
    if (candidate) fitInFreeArea(map, [candidate.geometry as { coordinates: unknown }], 17)
  }, [map, zoom])
}
