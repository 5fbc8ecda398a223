import { describe, expect, it } from 'vitest'
import { adjacentOutlines, facingLength, type Ring } from '../../../server/land/facing.js'

const rect = (x0: number, y0: number, x1: number, y1: number): Ring[] => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
]

describe('facingLength (metres)', () => {
  it('is the shared edge’s length for squares side by side', () => {
    expect(facingLength(rect(0, 0, 100, 100), rect(100, 0, 200, 100), 0.1)).toBeCloseTo(100 + 2 * 0.1, 6)
  })

  it('stays under twice the reach for squares touching at a corner', () => {
    expect(facingLength(rect(0, 0, 100, 100), rect(100, 100, 200, 200), 0.1)).toBeLessThanOrEqual(0.2 + 1e-9)
  })

  it('is zero across a 10 m road with a small reach, and the facing length with a 15 m reach', () => {
    expect(facingLength(rect(0, 0, 100, 100), rect(110, 0, 210, 100), 0.1)).toBe(0)
    // The facing edge (100 m) plus the first 5 m of the two side edges (within 15 m of the near corners).
    expect(facingLength(rect(0, 0, 100, 100), rect(110, 0, 210, 100), 15)).toBeCloseTo(110, 6)
  })

  it('counts an edge split into pieces on one side (a T-junction) by its full length', () => {
    const split: Ring[] = [
      [
        [100, 0],
        [200, 0],
        [200, 100],
        [100, 100],
        [100, 60],
        [100, 30],
        [100, 0],
      ],
    ]
    expect(facingLength(rect(0, 0, 100, 100), split, 0.05)).toBeCloseTo(100 + 0.1, 6)
  })

  it('measures a partial overlap of edges', () => {
    // 30 m of edge, plus the reach beyond the corner on the edge and along the perpendicular edge.
    expect(facingLength(rect(0, 0, 100, 100), rect(100, 70, 200, 170), 0.01)).toBeCloseTo(30 + 2 * 0.01, 6)
  })

  it('tolerates survey gaps smaller than the reach', () => {
    expect(facingLength(rect(0, 0, 100, 100), rect(100.05, 0, 200, 100), 0.1)).toBeGreaterThan(99)
  })
})

describe('adjacentOutlines', () => {
  it('finds edge neighbours in a grid and not diagonal ones', () => {
    const outlines = [0, 1, 2].flatMap((i) =>
      [0, 1, 2].map((j) => ({ id: i * 3 + j, rings: rect(i * 50, j * 50, i * 50 + 50, j * 50 + 50) })),
    )
    const pairs = adjacentOutlines(outlines, 0.1, 1)
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)].join('-'))
      .sort()
    expect(pairs).toEqual(['0-1', '0-3', '1-2', '1-4', '2-5', '3-4', '3-6', '4-5', '4-7', '5-8', '6-7', '7-8'])
  })

  it('compares a huge outline with its small neighbours, whatever the cell size', () => {
    const outlines = [
      { id: 1, rings: rect(0, 0, 5000, 5000) },
      { id: 2, rings: rect(5000, 100, 5050, 150) },
      { id: 3, rings: rect(6000, 0, 6050, 50) },
    ]
    expect(adjacentOutlines(outlines, 0.1, 1)).toEqual([[1, 2]])
  })
})
