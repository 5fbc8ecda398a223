import gcoord from 'gcoord'
import { describe, expect, it } from 'vitest'
import { unshift } from '../../../server/imports/china-offsets.js'
import { sphereKm } from '../../../server/recommend/site-score.js'

// 宁波 天一广场 in WGS84 and as 高德 (GCJ-02) and 百度 (BD-09) show it.
const wgs: [number, number] = [121.5497, 29.8705]

describe('converting points from shifted Chinese web maps', () => {
  it('takes GCJ-02 and BD-09 back to WGS84 within a metre, from offsets of hundreds of metres', () => {
    const gcj = gcoord.transform(wgs, gcoord.WGS84, gcoord.GCJ02) as [number, number]
    const bd = gcoord.transform(wgs, gcoord.WGS84, gcoord.BD09) as [number, number]
    expect(sphereKm(wgs, gcj) * 1000).toBeGreaterThan(300)
    expect(sphereKm(wgs, bd) * 1000).toBeGreaterThan(900)
    expect(sphereKm(wgs, unshift(gcj, 'gcj02')) * 1000).toBeLessThan(1)
    expect(sphereKm(wgs, unshift(bd, 'bd09')) * 1000).toBeLessThan(1)
  })

  it('leaves points outside China where they are', () => {
    expect(unshift([2.35, 48.85], 'gcj02')).toEqual([2.35, 48.85])
  })
})
