/**
 * Outlines with more vertices than any surveyed parcel has are refused per row before they reach the database:
 * one 1 000 000-vertex polygon held the embedded database for 110 s. A parcel's boundary survey has tens of points,
 * a detailed CAD outline a few thousand.
 */
import type { ReadFeature } from './geojson-reader.js'

export const MAX_VERTICES_PER_OUTLINE = 20_000

/** Vertices in a GeoJSON coordinates array of any depth: counted without copying. */
export function countVertices(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0
  if (typeof coordinates[0] === 'number') return 1
  let total = 0
  for (const child of coordinates) total += countVertices(child)
  return total
}

/** Row → vertex count, for each outline over the limit. */
export function outlinesOverVertexLimit(
  features: readonly ReadFeature[],
  max = MAX_VERTICES_PER_OUTLINE,
): Map<number, number> {
  const over = new Map<number, number>()
  for (const f of features) {
    const n = f.geometry ? countVertices(f.geometry.coordinates) : 0
    if (n > max) over.set(f.row, n)
  }
  return over
}
