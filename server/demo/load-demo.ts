import { fileURLToPath } from 'node:url'
import { chainSeeds } from '../../scripts/demo/catalog-chains.js'
import { districtCodes, districtNamesEn, NINGBO_SEAWARD } from '../../scripts/demo/catalog-places.js'
import { type DemoData, generateDemo } from '../../scripts/demo/generate-demo.js'
import { insertChains, insertEnterprises } from '../chains/chains.repo.js'
import { insertContextFeatures, insertSeaFromOutlines } from '../context/context.repo.js'
import type { Db, DbOrTrx } from '../db/database.js'
import { isoDateIn } from '../http/today.js'
import { insertRules, readPolicyFile } from '../incentives/incentives.repo.js'
import { insertInfrastructure, insertSensitiveZones } from '../infra/infra.repo.js'
import { insertParcels } from '../land/parcels.repo.js'
import { insertParks } from '../parks/parks.repo.js'
import { insertProjectEvents } from '../projects/project-events.repo.js'
import { insertProjects } from '../projects/projects.repo.js'
import { insertTargets } from '../projects/targets.repo.js'
import { readBoundaryFile } from '../regions/boundaries.js'
import { insertRegions } from '../regions/regions.repo.js'
import { insertDemoCapitalAndTargets } from './demo-capital.js'
import { assignDemoProjectUnits, insertDemoJurisdictions } from './demo-jurisdictions.js'
import { insertDemoSpace } from './demo-space.js'
import { loadDemoStory } from './demo-story.js'

export const NINGBO_BOUNDARIES = fileURLToPath(new URL('../../data/boundaries/ningbo.geojson', import.meta.url))
export const DEMO_POLICIES = fileURLToPath(new URL('../../data/policies/fenghua-foreign-capital.json', import.meta.url))

export interface DemoCounts {
  regions: number
  jurisdictions: number
  parks: number
  parcels: number
  buildings: number
  infrastructure: number
  enterprises: number
  projects: number
  stories?: number
}

/** Real district boundaries plus the generated demonstration region, all or nothing. */
export async function loadDemo(db: Db, data: DemoData = generateDemo()): Promise<DemoCounts> {
  const counts = await loadDemoRecords(db, data)
  // After the land is committed: the story's figures and blocks are computed from it as the public sees it.
  const stories = await loadDemoStory(db, isoDateIn(new Date(), 'Asia/Shanghai'))
  return { ...counts, stories }
}

function loadDemoRecords(db: Db, data: DemoData) {
  return db.transaction().execute(async (trx) => {
    const regions = readBoundaryFile(NINGBO_BOUNDARIES, { en: districtNamesEn, codes: districtCodes })
    const regionIds = await insertRegions(trx, regions)
    const parkIds = await insertDemoParks(trx, data, regionIds)
    const parcelIds = await insertParcels(
      trx,
      data.parcels.map((p) => ({
        ...p.attributes,
        park_id: parkIds.get(p.parkCode)!.id,
        region_id: parkIds.get(p.parkCode)!.regionId,
        geometryJson: polygonJson(p.ring),
      })),
    )
    await insertDemoPlaces(trx, data)
    const buildings = await insertDemoSpace(trx, data, { regionIds, parkIds, parcelIds })
    const { chainIds, segmentIds } = await insertChains(trx, chainSeeds.map(chainOfSeed))
    await insertEnterprises(
      trx,
      data.enterprises.map((e) => enterpriseOf(e, { chainIds, segmentIds, parkIds })),
    )
    const projectIds = await insertDemoProjects(trx, data, { regionIds, parkIds, parcelIds, chainIds, segmentIds })
    const unitIds = await insertDemoJurisdictions(trx, data, regionIds, parkIds)
    await assignDemoProjectUnits(trx, data, unitIds)
    await insertDemoCapitalAndTargets(trx, data, projectIds, unitIds)
    await insertRules(trx, readPolicyFile(DEMO_POLICIES))
    await insertTargets(
      trx,
      data.targets.map((t) => ({
        region_id: regionIds.get(t.district)!,
        year: t.year,
        metric: t.metric,
        target: t.target,
      })),
    )
    return {
      regions: regionIds.size,
      jurisdictions: unitIds.size,
      parks: parkIds.size,
      parcels: parcelIds.size,
      buildings,
      infrastructure: data.infrastructure.length,
      enterprises: data.enterprises.length,
      projects: data.projects.length,
    }
  })
}

/** Ports, stations, interchanges and airports, and the sensitive zones land keeps its distance from. */
async function insertDemoPlaces(trx: DbOrTrx, data: DemoData) {
  await insertInfrastructure(
    trx,
    data.infrastructure.map((i) => ({ kind: i.kind, name: i.name, nameEn: i.nameEn, lonLat: i.lonLat })),
  )
  await insertSensitiveZones(
    trx,
    data.zones.map((z) => ({ kind: z.kind, name: z.name, nameEn: z.nameEn, geometryJson: polygonJson(z.ring) })),
  )
  await insertContextFeatures(
    trx,
    data.roads.map((road) => ({
      kind: 'road_minor',
      name: road.name,
      nameEn: road.nameEn,
      isDemo: true,
      geometryJson: JSON.stringify({ type: 'LineString', coordinates: road.line }),
    })),
  )
  await insertSeaFromOutlines(trx, NINGBO_SEAWARD, { name: '东海', nameEn: 'East China Sea' })
}

type ChainSeed = (typeof chainSeeds)[number]

/** A catalogue chain as a row: its segments (sub-segments sorted after, under their parent's tier) and links. */
function chainOfSeed(c: ChainSeed) {
  const subSegments = c.subSegments.map((s, i) => ({
    key: s.key,
    name: s.name,
    name_en: s.nameEn,
    tier: c.segments.find((p) => p.key === s.parent)!.tier,
    sort: 100 + i,
    parentKey: s.parent,
  }))
  return {
    key: c.key,
    name: c.name,
    name_en: c.nameEn,
    chief: c.chief,
    chief_department: c.chiefDepartment,
    description: c.description,
    key_figures: JSON.stringify(c.keyFigures),
    segments: [
      ...c.segments.map((s, sort) => ({ key: s.key, name: s.name, name_en: s.nameEn, tier: s.tier, sort })),
      ...subSegments,
    ],
    links: c.links.map(([supplier, customer]) => ({ supplier, customer })),
  }
}

function enterpriseOf(
  e: DemoData['enterprises'][number],
  { chainIds, segmentIds, parkIds }: Pick<IdMaps, 'chainIds' | 'segmentIds' | 'parkIds'>,
) {
  const park = e.parkCode ? parkIds.get(e.parkCode)! : null
  return {
    name: e.name,
    name_en: e.nameEn,
    chain_id: chainIds.get(e.chainKey) ?? null,
    segment_id: segmentIds.get(`${e.chainKey}/${e.segmentKey}`) ?? null,
    park_id: park?.id ?? null,
    region_id: park?.regionId ?? null,
    status: e.status,
    is_chain_master: e.isChainMaster,
    flags: e.flags,
    employees: e.employees,
    annual_output_wan: e.annualOutputWan,
    origin: e.origin,
    contact_stage: e.contactStage,
    lonLat: e.lonLat,
  }
}

async function insertDemoParks(trx: DbOrTrx, data: DemoData, regionIds: Map<string, number>) {
  return insertParks(
    trx,
    data.parks.map(({ seed, ring }) => {
      const regionId = regionIds.get(seed.district)
      if (regionId === undefined)
        throw new Error(`Park ${seed.code}: district ${seed.district} is not in the boundary file`)
      return {
        code: seed.code,
        name: seed.name,
        name_en: seed.nameEn,
        region_id: regionId,
        level: seed.level,
        industries: seed.industries,
        positioning: seed.positioning,
        positioning_en: seed.positioningEn,
        contact: seed.contact,
        geometryJson: polygonJson(ring),
      }
    }),
  )
}

interface IdMaps {
  regionIds: Map<string, number>
  parkIds: Map<string, { id: number; regionId: number }>
  parcelIds: Map<string, number>
  chainIds: Map<string, number>
  segmentIds: Map<string, number>
}

async function insertDemoProjects(trx: DbOrTrx, data: DemoData, ids: IdMaps) {
  const projectIds = await insertProjects(
    trx,
    data.projects.map((p) => ({
      code: p.code,
      name: p.name,
      investor_name: p.investorName,
      investor_origin: p.investorOrigin,
      investor_flags: p.investorFlags,
      industry: p.chainKey,
      chain_id: ids.chainIds.get(p.chainKey) ?? null,
      segment_id: ids.segmentIds.get(`${p.chainKey}/${p.segmentKey}`) ?? null,
      total_investment_wan: p.totalInvestmentWan,
      foreign_capital_wan_usd: p.foreignCapitalWanUsd,
      land_need_mu: p.landNeedMu,
      land_category: p.landCategory,
      stage: p.stage,
      stage_changed_on: p.stageChangedOn,
      signed_on: p.signedOn,
      first_report_region_id: ids.regionIds.get(p.firstReportDistrict) ?? null,
      landing_region_id: ids.parkIds.get(p.parkCode)!.regionId,
      park_id: ids.parkIds.get(p.parkCode)!.id,
      parcel_id: p.parcelCode ? (ids.parcelIds.get(p.parcelCode) ?? null) : null,
      responsible: p.responsible,
      notes: '演示数据 demonstration data',
      lonLat: p.lonLat,
      first_reported_on: p.firstReportedOn,
      planned_signing_on: p.plannedSigningOn,
      land_rights_on: p.landRightsOn,
      special_support: p.specialSupport,
      landmark: p.landmark,
    })),
  )
  await insertProjectEvents(
    trx,
    data.projects.flatMap((p, i) =>
      p.history.map((h, step) => ({
        project_id: projectIds[i]!,
        from_stage: step === 0 ? null : p.history[step - 1]!.stage,
        to_stage: h.stage,
        on_date: h.on,
        actor: p.responsible,
      })),
    ),
  )
  return projectIds
}

function polygonJson(ring: [number, number][]): string {
  return JSON.stringify({ type: 'Polygon', coordinates: [ring] })
}
