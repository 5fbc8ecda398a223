import { loadBuilding } from '../api/space-client'
import type { Bounds } from '../map/use-zoom-to-parcel'
import type { SelectedFeature } from '../panel/feature-panel'

/** About 150 m round an office building's point: the street it stands in. */
const POINT_MARGIN = 0.0015

/** The box round a building's footprint, or round its point. */
export function boundsOfGeometry(geometry: { type: string; coordinates: unknown }): Bounds {
  const flat = [geometry.coordinates].flat(4) as number[]
  const lons = flat.filter((_, i) => i % 2 === 0)
  const lats = flat.filter((_, i) => i % 2 === 1)
  const box: Bounds = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]
  if (geometry.type !== 'Point') return box
  return [box[0] - POINT_MARGIN, box[1] - POINT_MARGIN, box[2] + POINT_MARGIN, box[3] + POINT_MARGIN]
}

/** A building as the panel shows it, and where the map should fly to show it. */
export async function loadBuildingRecord(id: number): Promise<{ selected: SelectedFeature; bounds: Bounds }> {
  const detail = await loadBuilding(id)
  return {
    selected: { kind: 'building', properties: detail.properties },
    bounds: boundsOfGeometry(detail.geometry as { type: string; coordinates: unknown }),
  }
}
