import type { VectorTileSource as MapLibreVectorSource } from 'maplibre-gl'
import type { ReactNode } from 'react'
import { useEffect, useRef, useState } from 'react'
import { removeSource, useMap } from './map-context'

interface VectorTileSourceProps {
  id: string
  /** An XYZ template ({z}/{x}/{y}); a new one (another reader, changed land) makes the map fetch its tiles again. */
  tiles: string
  /** Tiles are made up to this zoom; the map over-zooms the last ones beyond it. */
  maxzoom: number
  children?: ReactNode
}

/** Adds a vector tile source once and points it at new tiles with setTiles; layers mount after it exists. */
export function VectorTileSource({ id, tiles, maxzoom, children }: VectorTileSourceProps) {
  const map = useMap()
  const [ready, setReady] = useState(false)
  // The template the source holds: set when it is added, then only when it changes.
  const applied = useRef(tiles)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new template goes through setTiles below, not through re-adding the source
  useEffect(() => {
    map.addSource(id, { type: 'vector', tiles: [tiles], maxzoom })
    applied.current = tiles
    setReady(true)
    return () => {
      setReady(false)
      removeSource(map, id)
    }
  }, [map, id, maxzoom])
  useEffect(() => {
    const source = ready ? map.getSource<MapLibreVectorSource>(id) : undefined
    if (!source || applied.current === tiles) return
    // Not while the source is still (re)loading: MapLibre reports that interrupted load as an error.
    let frame = 0
    const apply = () => {
      if (!source.loaded()) frame = requestAnimationFrame(apply)
      else if (applied.current !== tiles) {
        applied.current = tiles
        source.setTiles([tiles])
      }
    }
    apply()
    return () => cancelAnimationFrame(frame)
  }, [map, id, tiles, ready])
  return ready ? children : null
}
