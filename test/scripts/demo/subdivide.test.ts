import { describe, expect, it } from 'vitest'
import { createRandom } from '../../../scripts/demo/random.js'
import { layoutPark, SQM_PER_MU, splitIntoParcels, splitWithRoads } from '../../../scripts/demo/subdivide.js'

describe('road-grid subdivision', () => {
  it('cuts a span into blocks separated by roads, none overlapping and none past the end', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const blocks = splitWithRoads(-1000, 1000, 24, 260, 460, createRandom(seed))
      expect(blocks.length).toBeGreaterThan(2)
      blocks.forEach(([start, end], i) => {
        expect(end - start).toBeGreaterThanOrEqual(260)
        expect(end).toBeLessThanOrEqual(1000)
        if (i > 0) expect(start - blocks[i - 1]![1]).toBeCloseTo(24, 6)
      })
    }
  })

  it('splits a block strip into pieces that fill it exactly', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const widths = splitIntoParcels(400, 300, createRandom(seed))
      expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(400, 6)
      for (const w of widths) {
        const mu = (w * 300) / SQM_PER_MU
        expect(mu).toBeGreaterThanOrEqual(5)
        expect(mu).toBeLessThanOrEqual(150)
      }
    }
  })

  it('lays out parks whose parcels stay inside the park and never overlap', () => {
    const cells = layoutPark(2000, 1500, createRandom(7))
    for (const c of cells) {
      expect(c.x0).toBeGreaterThanOrEqual(-1000)
      expect(c.x1).toBeLessThanOrEqual(1000)
      expect(c.y0).toBeGreaterThanOrEqual(-750)
      expect(c.y1).toBeLessThanOrEqual(750)
    }
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        const a = cells[i]!
        const b = cells[j]!
        const overlapX = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)
        const overlapY = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)
        expect(overlapX > 1e-6 && overlapY > 1e-6, `cells ${i} and ${j} overlap`).toBe(false)
      }
    }
  })
})
