import { type ExpressionSpecification, LngLatBounds } from 'maplibre-gl'
import { useEffect } from 'react'
import type { FirmCollection, LinkCollection } from '../api/chains-client'
import { type AnyFeatureCollection, GeoJsonSource } from './geojson-source'
import { useMap } from './map-context'
import { MapLayer } from './map-layer'
import { LABEL_FONT, matchByKey, nameField } from './theme'

export const tierColors = { upstream: '#2f6f9f', midstream: '#8e44ad', downstream: '#d35400' } as const

interface Props {
  firms: FirmCollection
  links: LinkCollection
  segmentId: number | null
  lang: 'zh' | 'en'
}

/**
 * The chosen chain on the map: its firms coloured by tier; with a segment chosen, that segment's firms stand out,
 * supplier → customer lines join them to the firms of linked segments, and each cluster gets its hull.
 */
export function ChainLayers({ firms, links, segmentId, lang }: Props) {
  useFitToFirms(firms, segmentId)
  const chosen: ExpressionSpecification = ['==', ['get', 'segment_id'], segmentId ?? -1]
  const anyChosen = segmentId !== null
  return (
    <>
      <ChainLinkLayers links={links} />
      <GeoJsonSource id="chain-firms" data={firms as AnyFeatureCollection}>
        <MapLayer
          id="chain-firms-circle"
          type="circle"
          source="chain-firms"
          beforeId="slot-points"
          paint={{
            'circle-color': matchByKey('tier', tierColors, '#555555'),
            'circle-radius': ['case', chosen, 8, ['get', 'is_chain_master'], 7, 5],
            'circle-opacity': anyChosen ? ['case', chosen, 1, 0.35] : 0.9,
            'circle-stroke-color': ['case', chosen, '#ffd43b', '#ffffff'],
            'circle-stroke-width': ['case', chosen, 3, 1.2],
          }}
        />
        <MapLayer
          id="chain-firms-label"
          type="symbol"
          source="chain-firms"
          beforeId="slot-labels"
          minzoom={10.5}
          filter={anyChosen ? chosen : ['get', 'is_chain_master']}
          layout={{
            'text-field': nameField(lang),
            'text-font': LABEL_FONT,
            'text-size': 11,
            'text-offset': [0, 1.2],
            'text-anchor': 'top',
            'text-optional': true,
          }}
          paint={{ 'text-color': '#1f2a33', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 }}
        />
      </GeoJsonSource>
    </>
  )
}

/** Brings the chosen segment's firms (or the whole chain's) into the part of the map the board leaves free. */
function useFitToFirms(firms: FirmCollection, segmentId: number | null) {
  const map = useMap()
  useEffect(() => {
    const shown = firms.features.filter((f) => segmentId === null || f.properties.segment_id === segmentId)
    if (shown.length === 0) return
    const bounds = new LngLatBounds()
    for (const f of shown) bounds.extend(f.geometry.coordinates)
    const board = document.querySelector('.board')?.getBoundingClientRect().height ?? 0
    map.fitBounds(bounds, {
      padding: { top: 90, bottom: Math.min(board + 40, map.getContainer().clientHeight * 0.7), left: 280, right: 60 },
      maxZoom: 13,
      duration: 600,
    })
  }, [map, firms, segmentId])
}

/** Each linked cluster's hull, dashed, and the supplier → customer lines; the chosen segment's in red. */
function ChainLinkLayers({ links }: { links: Props['links'] }) {
  return (
    <GeoJsonSource id="chain-links" data={links as AnyFeatureCollection}>
      <MapLayer
        id="chain-hulls"
        type="fill"
        source="chain-links"
        beforeId="slot-fills"
        filter={['==', ['get', 'kind'], 'hull']}
        paint={{
          'fill-color': ['case', ['get', 'selected'], '#c0392b', '#7f8c8d'],
          'fill-opacity': ['case', ['get', 'selected'], 0.2, 0.1],
        }}
      />
      <MapLayer
        id="chain-hull-lines"
        type="line"
        source="chain-links"
        beforeId="slot-lines"
        filter={['==', ['get', 'kind'], 'hull']}
        paint={{
          'line-color': ['case', ['get', 'selected'], '#c0392b', '#7f8c8d'],
          'line-width': 1.5,
          'line-dasharray': [2, 1.5],
        }}
      />
      <MapLayer
        id="chain-links-line"
        type="line"
        source="chain-links"
        beforeId="slot-lines"
        filter={['==', ['get', 'kind'], 'link']}
        paint={{
          'line-color': '#c0392b',
          'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 14, 2.5],
          'line-opacity': 0.75,
        }}
      />
    </GeoJsonSource>
  )
}
