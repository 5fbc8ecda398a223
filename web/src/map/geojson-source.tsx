/// <reference types="geojson" />
import type { GeoJSONSource } from 'maplibre-gl'
import type { ReactNode } from 'react'
import { useEffect, useState } from 'react'
import { removeSource, useMap } from './map-context'

/** Any FeatureCollection, including the API's typed ones whose geometry type is a plain string. */
export interface AnyFeatureCollection {
  type: 'FeatureCollection'
  features: readonly object[]
}

interface GeoJsonSourceProps {
  id: string
  data: AnyFeatureCollection
  children?: ReactNode
}

/** Adds a GeoJSON source once and feeds it new data with setData; layers mount after it exists. */
export function GeoJsonSource({ id, data, children }: GeoJsonSourceProps) {
  const map = useMap()
  const [ready, setReady] = useState(false)
  // biome-ignore lint/correctness/useExhaustiveDependencies: data changes go through setData below, not through re-adding the source
  useEffect(() => {
    map.addSource(id, { type: 'geojson', data: data as GeoJSON.FeatureCollection })
    setReady(true)
    return () => {
      setReady(false)
      removeSource(map, id)
    }
    // Data changes go through setData below, not through re-adding the source.
  }, [map, id])
  useEffect(() => {
    if (ready) map.getSource<GeoJSONSource>(id)?.setData(data as GeoJSON.FeatureCollection)
  }, [map, id, data, ready])
  return ready ? children : null
}
