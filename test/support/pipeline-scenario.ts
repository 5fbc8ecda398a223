import type { Db, DbOrTrx } from '../../server/db/database.js'
import { insertJurisdictions } from '../../server/jurisdictions/jurisdictions.repo.js'
import { insertParcels, type NewParcel } from '../../server/land/parcels.repo.js'
import type { ParcelStatus } from '../../server/land/parcels.table.js'
import { insertParks } from '../../server/parks/parks.repo.js'
import { insertProjectEvents } from '../../server/projects/project-events.repo.js'
import { insertProjects, type NewProject } from '../../server/projects/projects.repo.js'
import { insertTargets } from '../../server/projects/targets.repo.js'
import { insertRegions } from '../../server/regions/regions.repo.js'
import { rectJson, sideForMu, toLonLat } from './metric-geometry.js'
import { squareJson } from './scenarios.js'

/** The day the scenario's answers are worked out for (a fixed clock in the app under test). */
export const PIPELINE_TODAY = '2026-11-22'
export const PIPELINE_NOW = () => new Date('2026-11-22T04:00:00Z') // noon in Shanghai

const INDUSTRIAL = { land_use_code: '100101', land_use_name: '一类工业用地' }
const COMMERCIAL = { land_use_code: '0901', land_use_name: '商业用地' }
const defaults = { location_desc: '', is_net_land: true, is_standard_land: false, utilities: [], published: true }

/** A square of `mu` at x metres (or, with `width`, a rectangle of that mu `width` wide and as tall as a `heightMu` square). */
function parcel(code: string, x: number, mu: number, status: ParcelStatus, extra: Partial<NewParcel> = {}): NewParcel {
  const side = sideForMu(mu)
  return { ...defaults, ...INDUSTRIAL, code, status, geometryJson: rectJson(x, 0, x + side, side), ...extra }
}

/**
 * 东区 (park P1) and 西区 (park P2), 6 km apart, with land, a pipeline and targets whose supply-demand figures and
 * ranking are worked out by hand in the tests that use it. Dates are relative to PIPELINE_TODAY.
 */
export async function pipelineScenario(db: Db) {
  return db.transaction().execute(async (trx) => {
    const regions = await insertRegions(trx, [
      {
        code: 'east',
        name: '东区',
        nameEn: 'East',
        city: '测试市',
        level: 'district',
        labelPoint: toLonLat(1000, 500),
        geometryJson: squareJson(121.79, 29.49, 0.05),
      },
      {
        code: 'west',
        name: '西区',
        nameEn: 'West',
        city: '测试市',
        level: 'district',
        labelPoint: toLonLat(7000, 500),
        geometryJson: squareJson(121.85, 29.49, 0.05),
      },
    ])
    const east = regions.get('东区')!
    const west = regions.get('西区')!
    const parks = await insertParks(trx, [
      {
        code: 'P1',
        name: '东区园',
        name_en: 'East Park',
        region_id: east,
        level: 'county',
        industries: [],
        geometryJson: squareJson(121.8, 29.5, 0.03),
      },
      {
        code: 'P2',
        name: '西区园',
        name_en: 'West Park',
        region_id: west,
        level: 'county',
        industries: [],
        geometryJson: squareJson(121.86, 29.5, 0.03),
      },
    ])
    const inP1 = { park_id: parks.get('P1')!.id, region_id: east }
    const inP2 = { park_id: parks.get('P2')!.id, region_id: west }
    const a1Side = sideForMu(120)
    const parcelIds = await insertParcels(trx, [
      // 东区: a 210-mu block (A1 + A2 share an edge), 30 mu alone, 60 mu reserve, taken land and idle land.
      { ...parcel('A1', 0, 120, 'available'), ...inP1 },
      {
        ...defaults,
        ...INDUSTRIAL,
        code: 'A2',
        status: 'available',
        geometryJson: rectJson(a1Side, 0, a1Side + (90 * 10000) / 15 / a1Side, a1Side),
        ...inP1,
      },
      { ...parcel('A3', 700, 30, 'available'), ...inP1 },
      { ...parcel('R1', 900, 60, 'reserve'), ...inP1 },
      { ...parcel('S1', 1200, 45, 'supplied', { supplied_on: '2026-03-10' }), ...inP1 },
      { ...parcel('S2', 1500, 30, 'built', { ...COMMERCIAL, supplied_on: '2025-12-15' }), ...inP1 },
      { ...parcel('S3', 1800, 20, 'built', { supplied_on: '2025-10-01' }), ...inP1 },
      { ...parcel('I1', 2100, 15, 'idle', { idle_category: 'supplied_unused', supplied_on: '2024-05-01' }), ...inP1 },
      // 西区: 80 mu of commercial land on offer, a parcel two projects hold, supply this year, revitalised and idle land.
      { ...parcel('B1', 6000, 80, 'available', COMMERCIAL), ...inP2 },
      { ...parcel('B2', 6400, 40, 'intended', COMMERCIAL), ...inP2 },
      { ...parcel('S4', 6800, 60, 'supplied', { ...COMMERCIAL, supplied_on: '2026-06-01' }), ...inP2 },
      { ...parcel('V1', 7200, 25, 'built', { supplied_on: '2024-01-01', revitalised_on: '2026-04-01' }), ...inP2 },
      { ...parcel('I2', 7500, 10, 'idle', { idle_category: 'underused', supplied_on: '2023-01-01' }), ...inP2 },
    ])
    const project = (code: string, fields: Partial<NewProject>): NewProject => ({
      code,
      name: `项目${code}`,
      investor_name: `投资方${code}`,
      investor_flags: [],
      notes: '',
      land_category: 'industrial',
      stage: 'negotiating',
      total_investment_wan: 5000,
      stage_changed_on: '2026-11-01',
      lonLat: null,
      ...fields,
    })
    const P1 = { park_id: inP1.park_id, landing_region_id: east, first_report_region_id: east }
    const P2 = { park_id: inP2.park_id, landing_region_id: west, first_report_region_id: west }
    const projects: NewProject[] = [
      project('J1', { ...P1, land_need_mu: 150 }),
      // Introduced by 西区, landed in 东区: 5:5 credit. Signed more than six months ago and still without land.
      project('J2', {
        ...P1,
        first_report_region_id: west,
        stage: 'signed',
        // 12亿元: first reported before signing, so it keeps its credit (001 §3).
        first_reported_on: '2026-04-01',
        signed_on: '2026-05-01',
        stage_changed_on: '2026-05-01',
        land_need_mu: 250,
        total_investment_wan: 120_000,
        foreign_capital_wan_usd: 1600,
      }),
      project('J3', { ...P2, land_category: 'commerce', land_need_mu: 40, parcel_id: parcelIds.get('B2')! }),
      project('J4', {
        ...P2,
        land_category: 'commerce',
        stage: 'signed',
        signed_on: '2026-11-05',
        stage_changed_on: '2026-11-05',
        land_need_mu: 40,
        parcel_id: parcelIds.get('B2')!,
        total_investment_wan: 15_000,
        foreign_capital_wan_usd: 800,
      }),
      project('J5', {
        ...P1,
        stage: 'land_supplied',
        signed_on: '2026-01-10',
        land_rights_on: '2026-03-10',
        stage_changed_on: '2026-03-10',
        land_need_mu: 45,
        parcel_id: parcelIds.get('S1')!,
        total_investment_wan: 50_000,
      }),
      project('J6', { ...P1, stage: 'dropped', land_need_mu: 500 }),
      project('J7', { ...P1, land_need_mu: 200, parcel_id: parcelIds.get('A1')!, wants_whole_block: true }),
      project('J8', { ...P1, stage: 'assessed', land_need_mu: 80, parcel_id: parcelIds.get('A2')! }),
    ]
    const ids = await insertProjects(trx, projects)
    const projectIds = new Map(projects.map((p, i) => [p.code, ids[i]!]))
    const unitIds = await insertPipelineUnits(trx, east, west)
    await insertProjectEvents(
      trx,
      projects.map((p, i) => ({
        project_id: ids[i]!,
        from_stage: null,
        to_stage: p.stage,
        on_date: p.stage_changed_on!,
        actor: 'seed',
      })),
    )
    await insertTargets(trx, [
      { region_id: east, year: 2026, metric: 'projects_1yi', target: 4 },
      { region_id: east, year: 2026, metric: 'projects_10yi', target: 1 },
      { region_id: east, year: 2026, metric: 'foreign_capital_usd_wan', target: 1000 },
      { region_id: east, year: 2026, metric: 'industrial_land_investment_wan', target: 100_000 },
      { region_id: west, year: 2026, metric: 'projects_1yi', target: 2 },
      { region_id: west, year: 2026, metric: 'foreign_capital_usd_wan', target: 1000 },
      { region_id: west, year: 2025, metric: 'projects_1yi', target: 99 },
    ])
    return { east, west, parks, parcelIds, projectIds, unitIds }
  })
}

/** 东区 with two towns and a department, 西区 with one town: the units projects are first reported by and land in. */
function insertPipelineUnits(db: DbOrTrx, east: number, west: number) {
  const unit = (code: string, name: string, level: 'town' | 'department', parentCode: string) => ({
    code,
    name,
    name_en: code,
    level,
    parentCode,
  })
  return insertJurisdictions(db, [
    { code: 'city', name: '测试市', name_en: 'City', level: 'city', parentCode: null },
    { code: 'east', name: '东区', name_en: 'East', level: 'district', parentCode: 'city', region_id: east },
    { code: 'west', name: '西区', name_en: 'West', level: 'district', parentCode: 'city', region_id: west },
    unit('east-a', '东甲街道', 'town', 'east'),
    unit('east-b', '东乙镇', 'town', 'east'),
    unit('east-dept', '东区经信局', 'department', 'east'),
    unit('west-a', '西甲街道', 'town', 'west'),
  ])
}
