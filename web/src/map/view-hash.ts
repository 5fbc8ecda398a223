export interface InitialView {
  zoom: number
  center: [number, number]
}

/** Reads `#view=zoom/lat/lng` (MapLibre's hash format) once, before any map instance can rewrite it. */
export function parseViewHash(hash: string, key: string): InitialView | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const parts = params.get(key)?.split('/').map(Number)
  if (!parts || parts.length < 3 || parts.some((n) => !Number.isFinite(n))) return null
  const [zoom, lat, lng] = parts as [number, number, number]
  if (zoom < 0 || zoom > 24 || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null
  return { zoom, center: [lng, lat] }
}
