import { z } from 'zod'

/** Integer coordinates across a tile, as MapLibre and ST_AsMVT use them. */
export const TILE_EXTENT = 4096
/** Geometry kept beyond the tile's edge (in tile units), so outlines and their strokes do not break at the seams. */
export const TILE_BUFFER = 64
/** The deepest zoom tiles are made for; MapLibre over-zooms beyond it. */
export const MAX_TILE_ZOOM = 22

const HALF_WORLD = 20_037_508.342789244

export interface TileAddress {
  z: number
  x: number
  y: number
}

/** A tile's square in Web Mercator metres (EPSG:3857), as PostGIS's ST_TileEnvelope computes it. */
export function tileBounds({ z, x, y }: TileAddress) {
  const size = (2 * HALF_WORLD) / 2 ** z
  return {
    xmin: -HALF_WORLD + x * size,
    xmax: -HALF_WORLD + (x + 1) * size,
    ymin: HALF_WORLD - (y + 1) * size,
    ymax: HALF_WORLD - y * size,
  }
}

const integerText = z
  .string()
  .regex(/^\d{1,8}$/, 'must be a whole number')
  .transform(Number)

/**
 * The address as the path gives it ("14", "13712", "6801.mvt"): each part a whole number, z from 0 to 22, x and y
 * within the 2^z tiles of that zoom. A failure names the part.
 */
export const tileAddressSchema = z
  .object({
    z: integerText.refine((n) => n <= MAX_TILE_ZOOM, `must be at most ${MAX_TILE_ZOOM}`),
    x: integerText,
    y: z
      .string()
      .regex(/^\d{1,8}\.mvt$/, 'must be a whole number followed by .mvt')
      .transform((text) => Number(text.slice(0, -4))),
  })
  .superRefine((tile, context) => {
    const count = 2 ** tile.z
    for (const axis of ['x', 'y'] as const) {
      if (tile[axis] >= count) {
        context.addIssue({ code: 'custom', path: [axis], message: `must be below ${count} at zoom ${tile.z}` })
      }
    }
  })

/** The tile at zoom z that holds a longitude/latitude (WGS84 / CGCS2000 degrees). */
export function tileContaining(lon: number, lat: number, z: number): TileAddress {
  const count = 2 ** z
  const sin = Math.sin((lat * Math.PI) / 180)
  const x = Math.floor(((lon + 180) / 360) * count)
  const y = Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * count)
  const clamp = (n: number) => Math.min(count - 1, Math.max(0, n))
  return { z, x: clamp(x), y: clamp(y) }
}
