import { describe, expect, it } from 'vitest'
import { diagnoseCoordinates, meridianOfSrid, meridianSridFor } from '../../../server/imports/crs-diagnose.js'
import { english, render } from '../../../server/imports/import-messages.js'

// Around 宁波 (121.5°E, 29.9°N): in EPSG:4549 (CM 120°E) x ≈ 645 000, y ≈ 3 310 000; in EPSG:4528 (zone 40) x ≈ 40 645 000.
const ningboDegrees: [number, number][] = [
  [121.55, 29.87],
  [121.56, 29.88],
]
const ningbo4549: [number, number][] = [
  [645_120.5, 3_308_410.2],
  [646_010.0, 3_309_100.7],
]
const ningbo4528: [number, number][] = ningbo4549.map(([x, y]) => [40_000_000 + x, y])
const codes = (d: ReturnType<typeof diagnoseCoordinates>) => d.problems.map((p) => p.code)

describe('diagnosing coordinates against the declared CRS', () => {
  it('accepts data that matches what it declares', () => {
    expect(diagnoseCoordinates(ningboDegrees, 4490)).toEqual({ kind: 'degrees', problems: [] })
    expect(diagnoseCoordinates(ningbo4549, 4549)).toEqual({ kind: 'gk_meridian', problems: [] })
    expect(diagnoseCoordinates(ningbo4528, 4528)).toEqual({ kind: 'gk_prefixed', problems: [] })
  })

  it('names the projected zone when metres are declared as degrees', () => {
    const d = diagnoseCoordinates(ningbo4549, 4326)
    // 宁波's centre is 121.5°E and X is 145 km east of the meridian: the meridian is 120°E.
    expect(d.problems).toEqual([expect.objectContaining({ code: 'metres_declared_degrees', suggestedSrid: 4549 })])
    expect(english(d.problems[0]!.said)).toContain('EPSG:4534–4554')
    // With the zone in X the zone is certain.
    expect(diagnoseCoordinates(ningbo4528, 4490).problems).toEqual([
      expect.objectContaining({ code: 'metres_declared_degrees', suggestedSrid: 4528 }),
    ])
    expect(diagnoseCoordinates(ningbo4528, null).problems).toEqual([
      expect.objectContaining({ code: 'zone_prefix_undeclared', suggestedSrid: 4528 }),
    ])
  })

  it('tells the zone from a rough longitude of the place and how far east X puts the point', () => {
    expect(diagnoseCoordinates(ningbo4549, null, 120.4).problems[0]).toMatchObject({ suggestedSrid: 4549 })
    expect(diagnoseCoordinates(ningbo4549, null, 122.3).problems[0]).toMatchObject({ suggestedSrid: 4549 })
    // The same X, 1.5° further east: a place near 124.5°E lies in the 123°E zone.
    expect(diagnoseCoordinates(ningbo4549, null, 124.5).problems[0]).toMatchObject({ suggestedSrid: 4550 })
    expect([meridianSridFor(120.4), meridianSridFor(121.6), meridianSridFor(60), meridianSridFor(140)]).toEqual([
      4549, 4550, 4534, 4554,
    ])
    expect([meridianOfSrid(4549), meridianOfSrid(4528), meridianOfSrid(4534)]).toEqual([120, 120, 75])
  })

  it('catches degrees declared as a projection', () => {
    expect(diagnoseCoordinates(ningboDegrees, 4549).problems).toEqual([
      expect.objectContaining({ code: 'degrees_declared_projected', suggestedSrid: 4490 }),
    ])
  })

  it('catches a zone prefix that does not match, or one missing', () => {
    expect(diagnoseCoordinates(ningbo4528, 4527).problems).toEqual([
      expect.objectContaining({ code: 'zone_prefix_mismatch', suggestedSrid: 4528 }),
    ])
    expect(diagnoseCoordinates(ningbo4528, 4549).problems).toEqual([
      expect.objectContaining({ code: 'zone_prefix_mismatch', suggestedSrid: 4528 }),
    ])
    expect(diagnoseCoordinates(ningbo4549, 4528).problems).toEqual([
      expect.objectContaining({ code: 'zone_prefix_mismatch', suggestedSrid: 4549 }),
    ])
  })

  it('catches swapped axes: northing first, or latitude first', () => {
    expect(
      codes(
        diagnoseCoordinates(
          ningbo4549.map(([x, y]) => [y, x]),
          4549,
        ),
      ),
    ).toEqual(['swapped_axes'])
    expect(
      diagnoseCoordinates(
        ningbo4549.map(([x, y]) => [y, x]),
        4549,
      ).kind,
    ).toBe('gk_meridian')
    expect(
      codes(
        diagnoseCoordinates(
          ningbo4528.map(([x, y]) => [y, x]),
          4528,
        ),
      ),
    ).toEqual(['swapped_axes'])
    expect(
      codes(
        diagnoseCoordinates(
          ningboDegrees.map(([x, y]) => [y, x]),
          4490,
        ),
      ),
    ).toEqual(['swapped_axes'])
  })

  it('reports points outside China or outside the zone, and non-finite numbers', () => {
    const [outside] = diagnoseCoordinates([...ningboDegrees, [2.35, 48.85]], 4326).problems
    expect(outside!.code).toBe('outside_china')
    expect(english(outside!.said)).toBe('1 of 3 points lie outside China')
    expect(render(outside!.said, 'zh')).toBe('3 个中的 1 个点在中国境外')
    expect(codes(diagnoseCoordinates([...ningbo4549, [900_000, 3_300_000]], 4549))).toEqual(['outside_zone'])
    expect(codes(diagnoseCoordinates([...ningboDegrees, [Number.NaN, 30]], 4326))).toEqual(['not_finite'])
    expect(codes(diagnoseCoordinates([[5, 5]], 4326))).toEqual(['unknown_crs'])
  })
})
