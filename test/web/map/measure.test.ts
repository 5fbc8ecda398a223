import { describe, expect, it } from 'vitest'
import { formatLength, measure, measureGeoJson } from '../../../web/src/map/measure.js'
import { ellipsoidQuadAreaM2, toLonLat } from '../../support/metric-geometry.js'

describe('measuring tool', () => {
  it('measures a 200 m × 200 m square: 600 m along three sides, 60 mu inside, within 0.5% of the ellipsoid', () => {
    const corners = [toLonLat(0, 0), toLonLat(200, 0), toLonLat(200, 200), toLonLat(0, 200)]
    const result = measure(corners)
    expect(result.lengthM).toBeCloseTo(600, -1)
    const reference = ellipsoidQuadAreaM2(corners[0]![0], corners[0]![1], corners[2]![0], corners[2]![1]) / (10000 / 15)
    expect(Math.abs(result.areaMu! - reference) / reference).toBeLessThan(0.005)
    expect(reference).toBeCloseTo(60, 0)
  })

  it('has no area before three points, and no length before two', () => {
    expect(measure([])).toEqual({ lengthM: 0, areaMu: null })
    expect(measure([toLonLat(0, 0), toLonLat(100, 0)]).areaMu).toBeNull()
  })

  it('formats metres and kilometres', () => {
    expect(formatLength(845.27, 'km')).toBe('845.3 m')
    expect(formatLength(12345, '公里')).toBe('12.35 公里')
  })

  it('draws points, the path and, from three points, the closed area', () => {
    const kinds = measureGeoJson([toLonLat(0, 0), toLonLat(100, 0), toLonLat(100, 100)]).features.map(
      (f) => f.properties!.kind,
    )
    expect(kinds).toEqual(['point', 'point', 'point', 'line', 'area'])
  })
})
