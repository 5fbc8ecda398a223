/** A park-sized local frame in metres (east, north) around an origin, rotated by `rotationDeg`.
 * Only used to lay out demo geometry; every area the product shows is measured in PostGIS on the ellipsoid. */
export interface LocalFrame {
  toLonLat(x: number, y: number): [number, number]
}

const METRES_PER_DEGREE_LAT = 110_574

export function createLocalFrame(origin: readonly [number, number], rotationDeg: number): LocalFrame {
  const [lon0, lat0] = origin
  const metresPerDegreeLon = 111_320 * Math.cos((lat0 * Math.PI) / 180)
  const angle = (rotationDeg * Math.PI) / 180
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  return {
    toLonLat(x, y) {
      const east = x * cos - y * sin
      const north = x * sin + y * cos
      return [round7(lon0 + east / metresPerDegreeLon), round7(lat0 + north / METRES_PER_DEGREE_LAT)]
    },
  }
}

export type Ring = [number, number][]

/** A closed counter-clockwise ring for the rectangle [x0,x1] × [y0,y1] in the frame. */
export function rectangleRing(frame: LocalFrame, x0: number, y0: number, x1: number, y1: number): Ring {
  return [
    frame.toLonLat(x0, y0),
    frame.toLonLat(x1, y0),
    frame.toLonLat(x1, y1),
    frame.toLonLat(x0, y1),
    frame.toLonLat(x0, y0),
  ]
}

function round7(value: number): number {
  return Math.round(value * 1e7) / 1e7
}
