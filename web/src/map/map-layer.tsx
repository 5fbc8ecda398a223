import type { FilterSpecification, LayerSpecification } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import type { Slot } from './layer-slots'
import { useMap } from './map-context'

type LayerWithSource = Exclude<LayerSpecification, { type: 'background' }>
type Properties = Record<string, unknown>

export type MapLayerProps = Omit<LayerWithSource, 'paint' | 'layout' | 'filter'> & {
  paint?: Properties
  layout?: Properties
  filter?: FilterSpecification
  visible?: boolean
  /** The slot layer this one is drawn beneath. */
  beforeId: Slot
}

/** One style layer as a component: mounted once, then only the paint, layout and filter values
 * that changed are pushed to the map (the react-map-gl way), so nothing is re-added. */
export function MapLayer({ visible = true, beforeId, ...props }: MapLayerProps) {
  const map = useMap()
  const applied = useRef<Omit<MapLayerProps, 'beforeId'> | null>(null)
  const layout = { ...props.layout, visibility: visible ? 'visible' : 'none' }
  // biome-ignore lint/correctness/useExhaustiveDependencies: the layer is added once per id; paint, layout and filter changes are diffed below
  useEffect(() => {
    // A style layer may have no filter, but not an undefined one: MapLibre's validation refuses that.
    const { filter, ...rest } = props
    map.addLayer({ ...rest, ...(filter ? { filter } : {}), layout } as LayerSpecification, beforeId)
    applied.current = { ...props, layout }
    return () => {
      if (map.style && map.getLayer(props.id)) map.removeLayer(props.id)
      applied.current = null
    }
  }, [map, props.id])
  useEffect(() => {
    const before = applied.current
    if (!before) return
    diffInto(before.paint, props.paint, (key, value) => map.setPaintProperty(props.id, key as never, value as never))
    diffInto(before.layout, layout, (key, value) => map.setLayoutProperty(props.id, key as never, value as never))
    if (JSON.stringify(before.filter) !== JSON.stringify(props.filter)) map.setFilter(props.id, props.filter ?? null)
    applied.current = { ...props, layout }
  })
  return null
}

function diffInto(
  before: Properties | undefined,
  after: Properties | undefined,
  set: (key: string, value: unknown) => void,
) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  for (const key of keys) {
    const next = after?.[key]
    if (JSON.stringify(before?.[key]) !== JSON.stringify(next)) set(key, next)
  }
}
