/** Hand-made parcels in metres around a fixed origin near 象山 (29.5° N), as GeoJSON text. */
const ORIGIN = { lon: 121.8, lat: 29.5 }
// WGS84: metres per degree at the origin's latitude (good to about 1e-5 over a few kilometres).
const A = 6378137
const E2 = 0.00669437999014
const phi = (ORIGIN.lat * Math.PI) / 180
const M_PER_DEG_LAT = ((Math.PI / 180) * A * (1 - E2)) / (1 - E2 * Math.sin(phi) ** 2) ** 1.5
const M_PER_DEG_LON = ((Math.PI / 180) * A * Math.cos(phi)) / Math.sqrt(1 - E2 * Math.sin(phi) ** 2)

export const toLonLat = (x: number, y: number): [number, number] => [
  ORIGIN.lon + x / M_PER_DEG_LON,
  ORIGIN.lat + y / M_PER_DEG_LAT,
]

/** A rectangle x0..x1 × y0..y1 in metres; neighbours built from the same numbers share exact vertices. */
export function rectJson(x0: number, y0: number, x1: number, y1: number): string {
  const ring = [toLonLat(x0, y0), toLonLat(x1, y0), toLonLat(x1, y1), toLonLat(x0, y1), toLonLat(x0, y0)]
  return JSON.stringify({ type: 'Polygon', coordinates: [ring] })
}

/** A side in metres for a square of the given mu (1 mu = 10000/15 m²). */
export const sideForMu = (mu: number) => Math.sqrt((mu * 10000) / 15)

/**
 * Exact area on the WGS84 ellipsoid of the quadrangle between two meridians and two parallels (authalic formula):
 * an independent reference for the database's geodesic areas.
 */
export function ellipsoidQuadAreaM2(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const e = Math.sqrt(E2)
  const q = (lat: number) => {
    const s = Math.sin((lat * Math.PI) / 180)
    return s / (1 - E2 * s * s) + (1 / (2 * e)) * Math.log((1 + e * s) / (1 - e * s))
  }
  return ((A * A * (1 - E2)) / 2) * Math.abs(((lon2 - lon1) * Math.PI) / 180) * Math.abs(q(lat2) - q(lat1))
}
