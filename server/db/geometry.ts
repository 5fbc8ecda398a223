import { type RawBuilder, sql } from 'kysely'

/** A polygon or multipolygon from GeoJSON text, stored as a MultiPolygon in EPSG:4326. */
export function multiPolygonFromGeoJson(geojson: string): RawBuilder<string> {
  return sql<string>`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${geojson}), 4326))`
}

export function pointFromLonLat(lonLat: readonly [number, number] | null): RawBuilder<string> | null {
  return lonLat ? sql<string>`ST_SetSRID(ST_MakePoint(${lonLat[0]}, ${lonLat[1]}), 4326)` : null
}

/** Bind parameters are limited (65 535 per statement), so large inserts go in chunks. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
