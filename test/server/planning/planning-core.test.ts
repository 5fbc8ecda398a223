import { describe, expect, it } from 'vitest'
import { landCategoryOfUse } from '../../../server/planning/land-category.js'
import { findConflicts, type HoldingProject } from '../../../server/planning/pipeline-conflicts.js'
import { rankJurisdictions, yearElapsed } from '../../../server/planning/ranking.js'
import { type SupplyParcel, supplyAgainstDemand } from '../../../server/planning/supply-demand.js'
import { defaultPipelineConfig } from '../../../server/projects/pipeline-config.js'

const parcel = (id: number, parkId: number, areaMu: number, extra: Partial<SupplyParcel> = {}): SupplyParcel => ({
  id,
  areaMu,
  parkId,
  regionId: 1,
  status: 'available',
  idleCategory: null,
  category: 'industrial',
  suppliedOn: null,
  revitalisedOn: null,
  ...extra,
})

describe('supply against demand', () => {
  it('counts a block straddling two parks once, where most of it lies', () => {
    const parcels = [parcel(1, 10, 70), parcel(2, 20, 50), parcel(3, 20, 60)]
    const { rows, total } = supplyAgainstDemand({
      grouping: 'park',
      parcels,
      projects: [],
      blocks: [{ totalMu: 180, parcelIds: [1, 2, 3] }],
      today: '2026-11-22',
      rules: defaultPipelineConfig,
    })
    expect(rows.map((r) => [r.key, r.blocks_100])).toEqual([
      ['10', 0],
      ['20', 1],
    ])
    expect(total.blocks_100).toBe(1)
  })

  it('has no months of supply when nothing was absorbed, and counts absorption over exactly the last 12 months', () => {
    const parcels = [
      parcel(1, 10, 100),
      parcel(2, 10, 12, { status: 'built', suppliedOn: '2025-11-22' }),
      parcel(3, 10, 24, { status: 'built', suppliedOn: '2025-11-23' }),
    ]
    const run = (p: SupplyParcel[]) =>
      supplyAgainstDemand({
        grouping: 'park',
        parcels: p,
        projects: [],
        blocks: [],
        today: '2026-11-22',
        rules: defaultPipelineConfig,
      }).total
    expect(run(parcels.slice(0, 2))).toMatchObject({ absorbed_12m_mu: 0, months_of_supply: null })
    expect(run(parcels)).toMatchObject({ absorbed_12m_mu: 24, months_of_supply: 50 })
  })

  it('weights demand by the configured probability of each stage, and ignores projects without land', () => {
    const project = (stage: 'negotiating' | 'signed' | 'lead', landCategory: 'industrial' | 'none' = 'industrial') => ({
      id: 1,
      stage,
      landNeedMu: 100,
      landCategory,
      regionId: 1,
      parkId: 10,
    })
    const { total } = supplyAgainstDemand({
      grouping: 'district',
      parcels: [],
      blocks: [],
      today: '2026-11-22',
      rules: { stageProbability: { negotiating: 0.25, signed: 1 } },
      projects: [project('negotiating'), project('signed'), project('lead'), project('signed', 'none')],
    })
    expect(total).toMatchObject({ demand_projects: 2, demand_raw_mu: 200, demand_mu: 125 })
  })
})

describe('conflicts', () => {
  const p = (id: number, fields: Partial<HoldingProject>): HoldingProject => ({
    id,
    code: `J${id}`,
    name: '',
    stage: 'negotiating',
    parcelId: null,
    wantsWholeBlock: false,
    landNeedMu: null,
    parkId: 1,
    ...fields,
  })
  it('two live projects on one parcel conflict; a dropped one does not', () => {
    expect(findConflicts([p(1, { parcelId: 5 }), p(2, { parcelId: 5, stage: 'dropped' })], [], new Map())).toEqual([])
    expect(findConflicts([p(1, { parcelId: 5 }), p(2, { parcelId: 5 })], [], new Map())).toHaveLength(1)
  })
  it('a need equal to the largest block fits; one mu more does not', () => {
    expect(findConflicts([p(1, { landNeedMu: 210 })], [], new Map([[1, 210]]))).toEqual([])
    expect(findConflicts([p(1, { landNeedMu: 211 })], [], new Map([[1, 210]]))[0]).toMatchObject({
      kind: 'no_block_large_enough',
      need_mu: 211,
      largest_block_mu: 210,
    })
  })
})

describe('ranking', () => {
  it('elapsed share of the year counts today', () => {
    expect(yearElapsed('2026-01-01')).toBeCloseTo(1 / 365, 6)
    expect(yearElapsed('2026-12-31')).toBe(1)
  })
  it('ties share a rank', () => {
    const targets = [1, 2, 3].map((region_id) => ({ region_id, metric: 'projects_1yi' as const, target: 2 }))
    const signed = (region: number) => ({
      total_investment_wan: 20_000,
      foreign_capital_wan_usd: null,
      land_category: 'industrial' as const,
      signed_on: '2026-03-01',
      land_rights_on: null,
      first_report_region_id: region,
      landing_region_id: region,
      credit_excluded: false,
    })
    const rows = rankJurisdictions(targets, [signed(1), signed(2)], '2026-11-22', defaultPipelineConfig)
    expect(rows.map((r) => [r.region_id, r.rank])).toEqual([
      [1, 1],
      [2, 1],
      [3, 3],
    ])
  })
  it('gives a project signed in breach of its report duties no credit', () => {
    const targets = [{ region_id: 1, metric: 'projects_1yi' as const, target: 2 }]
    const project = (credit_excluded: boolean) => ({
      total_investment_wan: 20_000,
      foreign_capital_wan_usd: null,
      land_category: 'industrial' as const,
      signed_on: '2026-03-01',
      land_rights_on: null,
      first_report_region_id: 1,
      landing_region_id: 1,
      credit_excluded,
    })
    const achieved = (excluded: boolean) =>
      rankJurisdictions(targets, [project(false), project(excluded)], '2026-11-22', defaultPipelineConfig)[0]!
        .metrics[0]!.achieved
    expect([achieved(false), achieved(true)]).toEqual([2, 1])
  })
})

describe('land category of a land use', () => {
  it.each([
    ['100101', 'industrial'],
    ['1101', 'industrial'],
    ['0901', 'commerce'],
    ['090501', 'tourism'],
    ['0804', 'health'],
    ['0103', 'agriculture'],
    ['0701', 'services'],
  ])('%s → %s', (code, category) => {
    expect(landCategoryOfUse(code)).toBe(category)
  })
})

describe('space beside land', () => {
  it('sums vacant and reserved floor area per park, and by the category a building serves', () => {
    const space = [
      { regionId: 1, parkId: 10, category: 'industrial' as const, vacantM2: 3200, reservedM2: 0 },
      { regionId: 1, parkId: 10, category: 'industrial' as const, vacantM2: 800, reservedM2: 1500 },
      { regionId: 2, parkId: null, category: 'services' as const, vacantM2: 1670, reservedM2: 0 },
    ]
    const run = (grouping: 'park' | 'category') =>
      supplyAgainstDemand({
        grouping,
        parcels: [],
        projects: [],
        blocks: [],
        today: '2026-11-22',
        rules: defaultPipelineConfig,
        space,
      })
    const byPark = run('park')
    expect(byPark.rows.map((r) => [r.key, r.space_vacant_m2, r.space_reserved_m2])).toEqual(
      [
        ['10', 4000, 1500],
        ['null', 1670, 0],
      ].map(([k, v, r]) => [k === 'null' ? null : k, v, r]),
    )
    expect(byPark.total).toMatchObject({ space_vacant_m2: 5670, space_reserved_m2: 1500 })
    expect(run('category').rows.map((r) => [r.key, r.space_vacant_m2])).toEqual([
      ['industrial', 4000],
      ['services', 1670],
    ])
  })
})
