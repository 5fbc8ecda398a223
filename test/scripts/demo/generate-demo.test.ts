import { createHash } from 'node:crypto'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import { describe, expect, it } from 'vitest'
import { generateDemo } from '../../../scripts/demo/generate-demo.js'
import { projectStages } from '../../../server/projects/projects.table.js'

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')

describe('demo generator', () => {
  const demo = generateDemo()

  it('is reproducible: the same seed gives the same region, another seed another', () => {
    expect(digest(generateDemo())).toBe(digest(demo))
    expect(digest(generateDemo({ seed: 1 }))).not.toBe(digest(demo))
  })

  it('makes 5–8 parks in 象山县 and 奉化区 among others, each with parcels of 5–150 mu', () => {
    expect(demo.parks.length).toBeGreaterThanOrEqual(5)
    expect(demo.parks.length).toBeLessThanOrEqual(8)
    const districts = new Set(demo.parks.map((p) => p.seed.district))
    expect(districts).toContain('象山县')
    expect(districts).toContain('奉化区')
    for (const park of demo.parks)
      expect(demo.parcels.filter((p) => p.parkCode === park.seed.code).length).toBeGreaterThan(10)
    for (const parcel of demo.parcels) {
      expect(parcel.approxMu).toBeGreaterThanOrEqual(5)
      expect(parcel.approxMu).toBeLessThanOrEqual(150)
    }
  })

  it('lays each park’s road grid between its parcels, named as their 四至 name them', () => {
    const roadNames = new Set(demo.roads.map((r) => r.name))
    for (const parcel of demo.parcels)
      for (const name of parcel.attributes.location_desc.match(/[经纬][一二三四五六七八九十]+路/g) ?? [])
        expect(roadNames).toContain(name)
    const outlines = demo.parcels.map((p) => ({ type: 'Polygon' as const, coordinates: [p.ring] }))
    let sampled = 0
    for (const road of demo.roads) {
      const [[x0, y0], [x1, y1]] = road.line as [[number, number], [number, number]]
      for (let t = 0.05; t < 1; t += 0.1) {
        const point: [number, number] = [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]
        // Strictly inside no parcel: a road runs along parcel edges, never through land.
        expect(outlines.some((outline) => booleanPointInPolygon(point, outline, { ignoreBoundary: true }))).toBe(false)
        sampled++
      }
    }
    expect(sampled).toBeGreaterThan(demo.parks.length * 40)
  })

  it('gives every parcel a unique code and mixes all seven statuses', () => {
    const codes = demo.parcels.map((p) => p.attributes.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(new Set(demo.parcels.map((p) => p.attributes.status)).size).toBe(7)
    for (const p of demo.parcels) expect(p.attributes.status === 'idle').toBe(p.attributes.idle_category !== null)
  })

  it('places enterprises of three chains and 40+ projects at every lifecycle stage', () => {
    expect(new Set(demo.enterprises.map((e) => e.chainKey)).size).toBe(3)
    expect(demo.enterprises.filter((e) => e.status === 'existing' && e.lonLat).length).toBeGreaterThanOrEqual(60)
    expect(demo.projects.length).toBeGreaterThanOrEqual(40)
    expect(new Set(demo.projects.map((p) => p.stage))).toEqual(new Set(projectStages))
  })
})
