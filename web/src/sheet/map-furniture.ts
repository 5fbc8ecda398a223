/** Pure: a scale bar for a map image, and the outline of the city for a locator inset. */

/** Web Mercator metres per CSS pixel at a latitude and zoom (MapLibre's 512-pixel tiles). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom)
}

/** The longest round length (1, 2 or 5 × 10ⁿ m) that fits in `maxPx`, and its share of the image's width. */
export function scaleBar(latitude: number, zoom: number, imageWidthPx: number, maxPx = 120) {
  const mpp = metresPerPixel(latitude, zoom)
  const longest = mpp * maxPx
  const power = 10 ** Math.floor(Math.log10(longest))
  const metres = [5, 2, 1].map((k) => k * power).find((m) => m <= longest) ?? power
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`
  return { label, widthPercent: (metres / mpp / imageWidthPx) * 100 }
}

type Ring = number[][]

/** Rings of a GeoJSON Polygon or MultiPolygon's outer boundaries. */
export function outerRings(geometry: { type: string; coordinates: unknown }): Ring[] {
  if (geometry.type === 'Polygon') return [(geometry.coordinates as Ring[])[0]!]
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Ring[][]).map((polygon) => polygon[0]!)
  return []
}

/**
 * SVG paths of the districts and the site's point, fitted into a square `size` wide (longitude scaled by the cosine
 * of the middle latitude, so the city keeps its shape).
 */
export function locatorPaths(rings: readonly Ring[], site: [number, number], size: number) {
  const points = rings.flat()
  const lons = points.map((p) => p[0]!)
  const lats = points.map((p) => p[1]!)
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)]
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180)
  const scale = size / Math.max((east - west) * k, north - south)
  const x = (lon: number) => (lon - west) * k * scale
  const y = (lat: number) => (north - lat) * scale
  const paths = rings.map((ring) => `M${ring.map((p) => `${x(p[0]!).toFixed(1)},${y(p[1]!).toFixed(1)}`).join('L')}Z`)
  return { paths, dot: [x(site[0]), y(site[1])] as [number, number], height: (north - south) * scale }
}
