import { useEffect } from 'react'
import { useMap } from './map-context'

/** Empty anchor layers that fix the drawing order, whatever order the data arrives in. */
export const slots = ['slot-basemap', 'slot-fills', 'slot-lines', 'slot-points', 'slot-labels'] as const
export type Slot = (typeof slots)[number]

export function LayerSlots() {
  const map = useMap()
  useEffect(() => {
    for (const id of slots) {
      if (!map.getLayer(id)) map.addLayer({ id, type: 'background', layout: { visibility: 'none' } })
    }
  }, [map])
  return null
}
