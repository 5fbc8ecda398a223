import { describe, expect, it } from 'vitest'
import { arcPoints, plainText, readDxf } from '../../../server/imports/dxf-reader.js'
import { english } from '../../../server/imports/import-messages.js'
import { importFixture } from '../../support/import-fixtures.js'

describe('reading red lines from a DXF', () => {
  it('draws a bulge as chords on its circle, on the side its sign says', () => {
    // Bulge 1 is a half circle; positive turns counter-clockwise, so from (0,0) to (2,0) it passes below, through (1,−1).
    const points = arcPoints([0, 0], [2, 0], 1)
    expect(points).toHaveLength(35)
    for (const [x, y] of points) expect(Math.hypot(x - 1, y)).toBeCloseTo(1, 9)
    expect(points[17]![0]).toBeCloseTo(1, 9)
    expect(points[17]![1]).toBeCloseTo(-1, 9)
    expect(arcPoints([0, 0], [2, 0], -1)[17]![1]).toBeCloseTo(1, 9)
    expect(arcPoints([0, 0], [2, 0], 0)).toEqual([])
  })

  it('reads MTEXT as plain text', () => {
    expect(plainText('{\\fSimSun|b0|i0;A-02}')).toBe('A-02')
    expect(plainText('地块\\P\\U+7EA2线')).toBe('地块 红线')
  })

  it('reads each closed polyline as an outline labelled by the text inside it, on every layer or on one', () => {
    const all = readDxf(importFixture('red-lines-4549.dxf'))
    expect(all.srid).toBeNull()
    expect(all.notes!.map(english)).toEqual([
      'closed outlines on 2 layers (用地红线: 2, 建筑退线: 1); all read — choose a layer to read one',
      '1 open polyline is not an outline; skipped',
    ])
    const redLines = readDxf(importFixture('red-lines-4549.dxf'), '用地红线')
    expect(redLines.features.map((f) => [f.properties.编号, f.properties.标注, f.properties.图层])).toEqual([
      ['A-01', 'A-01；面积：60.0亩', '用地红线'],
      ['A-02', 'A-02', '用地红线'],
    ])
    // The half circle on A-02's east side adds its chords to the four corners.
    expect((redLines.features[1]!.geometry!.coordinates as number[][][])[0]!.length).toBe(4 + 35 + 1)
  })

  it('names the layers there are when the one asked for has no outline, and refuses what is not a drawing', () => {
    expect(() => readDxf(importFixture('red-lines-4549.dxf'), '红线')).toThrow(
      'no closed outline on layer “红线”; layers with outlines: 用地红线, 建筑退线',
    )
    expect(() => readDxf(new TextEncoder().encode('hello'))).toThrow(/not a readable DXF drawing|no closed polylines/)
  })
})
