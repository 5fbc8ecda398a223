import type { FilterSpecification } from 'maplibre-gl'
import type { AnyFeatureCollection } from './geojson-source'

/** What the atlas's layer components share: the language, a collection, a filter on one feature, label halos. */
export type Lang = 'zh' | 'en'
export type Collection = AnyFeatureCollection
export const noFeature: FilterSpecification = ['==', ['id'], -1]
export const byId = (id: number | null): FilterSpecification => (id === null ? noFeature : ['==', ['id'], id])
export const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 }
export type Lights = Map<number, 'green' | 'yellow' | 'red'> | null
