import { describe, expect, it } from 'vitest'
import { locatorPaths, metresPerPixel, outerRings, scaleBar } from '../../../web/src/sheet/map-furniture.js'

describe('the furniture of a printed map', () => {
  it('measures Web Mercator pixels on the ground: 0.15 m at the equator at z20, half that at 60°', () => {
    expect(metresPerPixel(0, 20)).toBeCloseTo(0.0746, 3)
    expect(metresPerPixel(60, 20)).toBeCloseTo(0.0373, 3)
  })

  it('picks a round length that fits, as a share of the image', () => {
    // Ningbo, z16: 1.07 m a pixel; 120 px hold 128 m, so the bar is 100 m, 93 px of a 700-px image.
    const bar = scaleBar(29.55, 16, 700)
    expect(bar.label).toBe('100 m')
    expect(bar.widthPercent).toBeCloseTo((100 / metresPerPixel(29.55, 16) / 700) * 100, 6)
    expect(scaleBar(29.55, 11, 700).label).toBe('2 km')
  })

  it('draws the districts’ outer rings in a square, north up, the site inside', () => {
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [121, 29],
          [122, 29],
          [122, 30],
          [121, 30],
          [121, 29],
        ],
      ],
    }
    const rings = outerRings(square)
    expect(outerRings({ type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] })).toHaveLength(2)
    const { paths, dot, height } = locatorPaths(rings, [121.5, 29.9], 100)
    expect(paths[0]).toMatch(/^M0\.0,100\.0L/)
    expect(height).toBe(100)
    expect(dot[1]).toBeCloseTo(10, 5)
    expect(dot[0]).toBeGreaterThan(40)
    expect(dot[0]).toBeLessThan(45)
  })
})
