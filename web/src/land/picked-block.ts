import turfBbox from '@turf/bbox'
import type { BlockCollection, BlockProperties } from '../api/client'
import type { Bounds } from '../map/use-zoom-to-parcel'

/** A block picked from a list or a link: what its panel shows, and where it lies. */
export interface PickedBlock {
  properties: BlockProperties & { id: number }
  bounds: Bounds
}

export function pickedBlock(feature: BlockCollection['features'][number]): PickedBlock {
  const bounds = turfBbox(feature as GeoJSON.Feature) as Bounds
  return { properties: { ...feature.properties, id: Number(feature.id) }, bounds }
}

type Named = Pick<BlockProperties, 'regions' | 'regions_en' | 'parks' | 'parks_en'>

/** The block's parks in the reader's language. */
export const blockParks = (b: Named, lang: 'zh' | 'en') => (lang === 'en' ? b.parks_en : b.parks)

/** Where the block lies (districts, then parks) in the reader's language. */
export const blockPlaces = (b: Named, lang: 'zh' | 'en') => [
  ...(lang === 'en' ? b.regions_en : b.regions),
  ...blockParks(b, lang),
]
