import { createHash } from 'node:crypto'
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
