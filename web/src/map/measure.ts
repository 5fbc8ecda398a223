import { area, length, lineString, polygon } from '@turf/turf'

export type LonLat = [number, number]

export interface Measurement {
  /** Along the clicked path, on the sphere (turf), in metres. */
  lengthM: number
  /** The area the path encloses once it has three points, in mu (1 mu = 10000/15 m²). */
  areaMu: number | null
}

const M2_PER_MU = 10000 / 15

/** Pure: what the measuring tool shows for the points clicked so far. */
export function measure(points: readonly LonLat[]): Measurement {
  const lengthM = points.length < 2 ? 0 : length(lineString(points.map((p) => [...p])), { units: 'kilometers' }) * 1000
  if (points.length < 3) return { lengthM, areaMu: null }
  const ring = [...points.map((p) => [...p]), [...points[0]!]]
  return { lengthM, areaMu: area(polygon([ring])) / M2_PER_MU }
}

export function formatLength(metres: number, km: string): string {
  return metres >= 1000 ? `${(metres / 1000).toFixed(2)} ${km}` : `${metres.toFixed(1)} m`
}

/** The drawing: the path, and the enclosed area once there are three points. */
export function measureGeoJson(points: readonly LonLat[]): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = points.map((p) => ({
    type: 'Feature',
    properties: { kind: 'point' },
    geometry: { type: 'Point', coordinates: [...p] },
  }))
  if (points.length >= 2)
    features.push({
      type: 'Feature',
      properties: { kind: 'line' },
      geometry: { type: 'LineString', coordinates: points.map((p) => [...p]) },
    })
  if (points.length >= 3) {
    features.push({
      type: 'Feature',
      properties: { kind: 'area' },
      geometry: { type: 'Polygon', coordinates: [[...points.map((p) => [...p]), [...points[0]!]]] },
    })
  }
  return { type: 'FeatureCollection', features }
}
