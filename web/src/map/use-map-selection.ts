import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useState } from 'react'

export type SelectionKind = 'parcel' | 'park' | 'infrastructure' | 'project' | 'block' | 'enterprise' | 'building'
export interface Selection {
  kind: SelectionKind
  id: number
}

/** Topmost wins: a station over a parcel, a parcel over its park. */
const clickableLayers: [string, SelectionKind][] = [
  ['chain-firms-circle', 'enterprise'],
  ['projects-circle', 'project'],
  ['infra-circles', 'infrastructure'],
  ['buildings-circle', 'building'],
  ['buildings-fill', 'building'],
  ['parcels-fill', 'parcel'],
  // Where the parcels of a block are hidden (filtered out), the block itself answers.
  ['blocks-fill', 'block'],
  ['parks-fill', 'park'],
  ['parks-marker', 'park'],
]

/** `paused` while another tool (measuring) owns the map's clicks. */
export function useMapSelection(map: MapLibreMap | null, paused = false) {
  const [selection, setSelection] = useState<Selection | null>(null)
  useEffect(() => {
    if (!map || paused) return
    const layers = () => clickableLayers.map(([id]) => id).filter((id) => map.getLayer(id))
    const onClick = (event: { point: { x: number; y: number } }) => {
      const hits = map.queryRenderedFeatures([event.point.x, event.point.y], { layers: layers() })
      for (const [layer, kind] of clickableLayers) {
        const hit = hits.find((f) => f.layer.id === layer)
        if (hit && typeof hit.id === 'number') return setSelection({ kind, id: hit.id })
      }
      setSelection(null)
    }
    const onMove = (event: { point: { x: number; y: number } }) => {
      const hits = map.queryRenderedFeatures([event.point.x, event.point.y], { layers: layers() })
      map.getCanvas().style.cursor = hits.length > 0 ? 'pointer' : ''
    }
    map.on('click', onClick)
    map.on('mousemove', onMove)
    return () => {
      map.off('click', onClick)
      map.off('mousemove', onMove)
    }
  }, [map, paused])
  return selection
}
