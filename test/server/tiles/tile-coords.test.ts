import { describe, expect, it } from 'vitest'
import { tileAddressSchema, tileBounds, tileContaining } from '../../../server/tiles/tile-coords.js'

describe('tile addresses', () => {
  it('bounds match ST_TileEnvelope: the world at z0, a quarter of it at z1', () => {
    expect(tileBounds({ z: 0, x: 0, y: 0 })).toEqual({
      xmin: -20_037_508.342789244,
      xmax: 20_037_508.342789244,
      ymin: -20_037_508.342789244,
      ymax: 20_037_508.342789244,
    })
    expect(tileBounds({ z: 1, x: 1, y: 0 })).toMatchObject({ xmin: 0, ymin: 0 })
  })

  it('finds the tile of a place: 宁波 at z14', () => {
    // 121.55° E, 29.87° N: x = ⌊(121.55 + 180) / 360 · 2^14⌋, y = ⌊(1 − asinh(tan φ) / π) / 2 · 2^14⌋.
    expect(tileContaining(121.55, 29.87, 14)).toEqual({ z: 14, x: 13723, y: 6766 })
    const b = tileBounds({ z: 14, x: 13723, y: 6766 })
    const lonOf = (metres: number) => (metres / 20_037_508.342789244) * 180
    const latOf = (metres: number) => (Math.atan(Math.sinh((metres / 20_037_508.342789244) * Math.PI)) * 180) / Math.PI
    expect(lonOf(b.xmin)).toBeLessThanOrEqual(121.55)
    expect(lonOf(b.xmax)).toBeGreaterThan(121.55)
    expect(latOf(b.ymin)).toBeLessThanOrEqual(29.87)
    expect(latOf(b.ymax)).toBeGreaterThan(29.87)
  })

  it('reads z, x and y.mvt from the path, naming the part that is wrong', () => {
    expect(tileAddressSchema.parse({ z: '14', x: '13724', y: '6791.mvt' })).toEqual({ z: 14, x: 13724, y: 6791 })
    const message = (input: Record<string, string>) => {
      const result = tileAddressSchema.safeParse(input)
      return result.success ? null : `${result.error.issues[0]!.path.join('.')}: ${result.error.issues[0]!.message}`
    }
    expect(message({ z: '23', x: '0', y: '0.mvt' })).toBe('z: must be at most 22')
    expect(message({ z: '-1', x: '0', y: '0.mvt' })).toBe('z: must be a whole number')
    expect(message({ z: '2', x: '1.5', y: '0.mvt' })).toBe('x: must be a whole number')
    expect(message({ z: '2', x: '4', y: '0.mvt' })).toBe('x: must be below 4 at zoom 2')
    expect(message({ z: '2', x: '0', y: '4.mvt' })).toBe('y: must be below 4 at zoom 2')
    expect(message({ z: '2', x: '0', y: '3.png' })).toBe('y: must be a whole number followed by .mvt')
  })
})
