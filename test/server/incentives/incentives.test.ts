import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { DEMO_POLICIES } from '../../../server/demo/load-demo.js'
import { estimateIncentives, type Profile } from '../../../server/incentives/incentive-rule.js'
import { insertRules, readPolicyFile } from '../../../server/incentives/incentives.repo.js'
import type { estimateSchema, rulesSchema } from '../../../server/incentives/incentives.routes.js'
import { insertDemonstrationTowns, insertJurisdictions } from '../../../server/jurisdictions/jurisdictions.repo.js'
import { insertRegions } from '../../../server/regions/regions.repo.js'
import { squareJson } from '../../support/scenarios.js'
import { jsonOf } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

// DOMAIN rule 8 (seeds/000 §11), as stored in data/policies: district 15万元 per 100万美元 from 200万美元, capped at
// 600万元; from 2000万美元 the city adds 10万元 per 100万美元, capped at 5000万元; QFLP from 2000万美元: 5万元 per
// 1000万美元 at each level, each capped at 500万元.
const rules = readPolicyFile(DEMO_POLICIES)
const industrial = (usd: number): Profile => ({
  is_new: true,
  project_kind: 'industrial',
  foreign_capital_usd_wan: usd,
})
const amounts = (profile: Profile) =>
  Object.fromEntries(estimateIncentives(rules, profile).applicable.map((r) => [r.key, r.amount_wan]))

describe('foreign-capital incentives computed from the stored rules', () => {
  it('nothing at 199万美元; from 200万美元 the district pays 15万元 per 100万美元', () => {
    expect(amounts(industrial(199))).toEqual({})
    expect(amounts(industrial(200))).toEqual({ fenghua_fdi_district: 30 })
    expect(amounts(industrial(1999))).toEqual({ fenghua_fdi_district: 299.85 })
  })

  it('from 2000万美元 the city adds 10万元 per 100万美元', () => {
    expect(amounts(industrial(2000))).toEqual({ fenghua_fdi_district: 300, fenghua_fdi_city: 200 })
    expect(estimateIncentives(rules, industrial(2000)).total_wan).toBe(500)
  })

  it('caps the district at 600万元 (from 4000万美元) and the city at 5000万元 (from 5亿美元)', () => {
    expect(amounts(industrial(4000))).toEqual({ fenghua_fdi_district: 600, fenghua_fdi_city: 400 })
    const big = estimateIncentives(rules, industrial(60_000))
    expect(big.applicable.map((r) => [r.key, r.amount_wan, r.capped])).toEqual([
      ['fenghua_fdi_district', 600, true],
      ['fenghua_fdi_city', 5000, true],
    ])
  })

  it('QFLP funds from 2000万美元: 5万元 per 1000万美元 at each level, capped at 500万元 each', () => {
    const qflp = (usd: number): Profile => ({ is_new: true, project_kind: 'qflp', foreign_capital_usd_wan: usd })
    expect(amounts(qflp(1999))).toEqual({})
    expect(amounts(qflp(2000))).toEqual({ fenghua_qflp_district: 10, fenghua_qflp_city: 10 })
    expect(amounts(qflp(200_000))).toEqual({ fenghua_qflp_district: 500, fenghua_qflp_city: 500 })
  })

  it('says what almost applies: 200万美元 more for the city award at 1800万美元', () => {
    const { almost } = estimateIncentives(rules, industrial(1800))
    expect(almost.map((r) => [r.key, r.short_by])).toEqual([
      ['fenghua_fdi_city', { field: 'foreign_capital_usd_wan', needed: 200 }],
    ])
  })

  it('explains each condition with the profile’s value; an existing project gets nothing', () => {
    const { other } = estimateIncentives(rules, { ...industrial(3000), is_new: false })
    const district = other.find((r) => r.key === 'fenghua_fdi_district')!
    expect(district.checks).toEqual([
      { field: 'is_new', op: '=', required: true, actual: false, met: false },
      { field: 'project_kind', op: '=', required: 'industrial', actual: 'industrial', met: true },
      { field: 'foreign_capital_usd_wan', op: '>=', required: 200, actual: 3000, met: true },
    ])
  })
})

describe('POST /api/incentives/estimate (public)', () => {
  let database: OpenDatabase
  let app: ReturnType<typeof createTestApp>
  beforeAll(async () => {
    database = await createTestDatabase()
    await insertRules(database.db, rules)
    app = createTestApp(database)
  }, 120_000)
  afterAll(() => database?.close())

  const post = (body: unknown) =>
    app.request('/api/incentives/estimate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })

  it('prices a profile from the rules in the database', async () => {
    const res = await post(industrial(2500))
    expect(res.status).toBe(200)
    const body = await jsonOf<z.infer<typeof estimateSchema>>(res)
    expect(body.total_wan).toBe(625) // 375 district + 250 city
    expect(body.applicable.map((r) => r.source)).toEqual([
      expect.stringContaining('奉化区'),
      expect.stringContaining('奉化区'),
    ])
  })

  it('refuses a bad profile with 400 naming the field', async () => {
    for (const [body, fieldName] of [
      [{ foreign_capital_usd_wan: -1 }, 'foreign_capital_usd_wan'],
      [{ project_kind: 'casino' }, 'project_kind'],
      [{ bribe: 1 }, 'bribe'],
    ] as const) {
      const res = await post(body)
      expect(res.status).toBe(400)
      expect(JSON.stringify(await res.json())).toContain(fieldName)
    }
  })

  it('lists the rules as data', async () => {
    const body = await jsonOf<z.infer<typeof rulesSchema>>(await app.request('/api/incentives/rules'))
    expect(body.rules.map((r) => r.key)).toEqual([
      'fenghua_fdi_district',
      'fenghua_fdi_city',
      'fenghua_qflp_district',
      'fenghua_qflp_city',
    ])
    expect(body.rules[0]!.formula).toEqual({
      type: 'per_unit',
      field: 'foreign_capital_usd_wan',
      per: 100,
      rate_wan: 15,
      cap_wan: 600,
      whole_units: false,
    })
  })
})

describe('policies scoped to their place (奉化区’s policy is not 象山县’s)', () => {
  let database: OpenDatabase
  let app: ReturnType<typeof createTestApp>
  beforeAll(async () => {
    database = await createTestDatabase()
    const regions = await insertRegions(database.db, [
      {
        code: 'r-fh',
        name: '奉化区',
        nameEn: 'Fenghua',
        city: '宁波市',
        level: 'district',
        labelPoint: null,
        geometryJson: squareJson(121, 30, 0.1),
      },
      {
        code: 'r-xs',
        name: '象山县',
        nameEn: 'Xiangshan',
        city: '宁波市',
        level: 'county',
        labelPoint: null,
        geometryJson: squareJson(121.2, 30, 0.1),
      },
    ])
    await insertJurisdictions(database.db, [
      { code: 'nb', name: '宁波市', name_en: 'Ningbo', level: 'city', parentCode: null },
      {
        code: 'nb-fenghua',
        name: '奉化区',
        name_en: 'Fenghua',
        level: 'district',
        parentCode: 'nb',
        region_id: regions.get('奉化区')!,
      },
      {
        code: 'nb-xiangshan',
        name: '象山县',
        name_en: 'Xiangshan',
        level: 'district',
        parentCode: 'nb',
        region_id: regions.get('象山县')!,
      },
    ])
    await insertDemonstrationTowns(database.db, 'nb-fenghua', [
      { code: 'nb-fenghua-w', name: '西镇', name_en: 'West', lonLat: [121.025, 30.05] },
      { code: 'nb-fenghua-e', name: '东镇', name_en: 'East', lonLat: [121.075, 30.05] },
    ])
    await insertRules(database.db, rules)
    app = createTestApp(database)
  }, 120_000)
  afterAll(() => database?.close())

  const estimate = async (body: object) => {
    const res = await app.request('/api/incentives/estimate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...industrial(2500), ...body }),
    })
    return { status: res.status, body: (await res.json()) as z.infer<typeof estimateSchema> }
  }

  it('applies 奉化区’s policy in 奉化区 and at a site in one of its towns', async () => {
    expect((await estimate({ place: 'nb-fenghua' })).body).toMatchObject({
      place: { code: 'nb-fenghua', name: '奉化区' },
      policies_for_place: true,
      total_wan: 625,
    })
    expect((await estimate({ at: [121.03, 30.05] })).body).toMatchObject({
      place: { code: 'nb-fenghua-w', name: '西镇' },
      policies_for_place: true,
      total_wan: 625,
    })
  })

  it('says there is no policy data for 象山县 instead of applying 奉化区’s, and none at sea', async () => {
    expect((await estimate({ place: 'nb-xiangshan' })).body).toMatchObject({
      place: { code: 'nb-xiangshan' },
      policies_for_place: false,
      total_wan: 0,
      applicable: [],
      almost: [],
      other: [],
    })
    expect((await estimate({ at: [121.25, 30.05] })).body).toMatchObject({
      place: { code: 'nb-xiangshan' },
      total_wan: 0,
    })
    expect((await estimate({ at: [122.5, 30.05] })).body).toMatchObject({ place: null, policies_for_place: false })
  })

  it('refuses a place that is not in the tree, naming it', async () => {
    const { status, body } = await estimate({ place: 'nb-nowhere' })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('place')
  })
})
