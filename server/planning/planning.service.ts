/**
 * The planning dashboards: land on offer against the pipeline's demand, with its conflicts and the yearly land
 * targets; and 赛马, the jurisdictions ranked on this year's targets. Read-only: gathering and presenting.
 */
import type { Db } from '../db/database.js'
import { currentBlocks } from '../land/blocks-cache.js'
import type { PipelineConfig } from '../projects/pipeline-config.js'
import { markCreditExcluded } from '../projects/projects.service.js'
import { targetsOfYear } from '../projects/targets.repo.js'
import { type Conflict, findConflicts } from './pipeline-conflicts.js'
import { groupNames, parcelCodes, pipelineFigures, spaceSupply, supplyParcels } from './planning.repo.js'
import { rankJurisdictions, yearElapsed } from './ranking.js'
import { type Grouping, type MemberBlock, type SupplyParcel, supplyAgainstDemand } from './supply-demand.js'

/**
 * Blocks joined by shared edges only: of land on offer (supply), and of land on offer or held (claims on whole
 * blocks). A dashboard: under a burst of edits it reads the last blocks and they are recomputed once the burst passes.
 */
async function landBlocks(db: Db) {
  const options = { gapM: 0, minMu: 0, membershipOnly: true }
  const [offer, held] = await Promise.all([
    currentBlocks(db, { statuses: ['available', 'reserve'], audience: 'staff' }, options, { allowStale: true }),
    currentBlocks(db, { statuses: ['available', 'reserve', 'intended'], audience: 'staff' }, options, {
      allowStale: true,
    }),
  ])
  return { offer, held }
}

function largestBlockByPark(blocks: readonly MemberBlock[], parcels: readonly SupplyParcel[]): Map<number, number> {
  const parkOf = new Map(parcels.map((p) => [p.id, p.parkId]))
  const largest = new Map<number, number>()
  for (const block of blocks) {
    for (const park of new Set(block.parcelIds.map((id) => parkOf.get(id)))) {
      if (park != null) largest.set(park, Math.max(largest.get(park) ?? 0, block.totalMu))
    }
  }
  return largest
}

function nameOf(group: Grouping, names: Awaited<ReturnType<typeof groupNames>>, key: string | null) {
  if (key === null || group === 'category') return { name: null, name_en: null }
  const found = (group === 'district' ? names.regions : names.parks).find((x) => String(x.id) === key)
  return { name: found?.name ?? null, name_en: found?.name_en ?? null }
}

const presentConflict = (c: Conflict, codes: Map<number, string>) => ({
  kind: c.kind,
  projects: c.projects,
  parcel_codes: (c.kind === 'shared_parcel' ? [c.parcel_id] : c.kind === 'shared_block' ? c.parcel_ids : []).map(
    (id) => codes.get(id) ?? String(id),
  ),
  need_mu: c.kind === 'no_block_large_enough' ? c.need_mu : null,
  largest_block_mu: c.kind === 'no_block_large_enough' ? c.largest_block_mu : null,
})

type PipelineFigure = Awaited<ReturnType<typeof pipelineFigures>>[number]

const demandOf = (p: PipelineFigure) => ({
  id: p.id,
  stage: p.stage,
  landNeedMu: p.land_need_mu,
  landCategory: p.land_category,
  regionId: p.landing_region_id,
  parkId: p.park_id,
})

const holderOf = (p: PipelineFigure) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  stage: p.stage,
  parcelId: p.parcel_id,
  wantsWholeBlock: p.wants_whole_block,
  landNeedMu: p.land_need_mu,
  parkId: p.park_id,
})

const conflictParcels = (x: Conflict) =>
  x.kind === 'shared_parcel' ? [x.parcel_id] : x.kind === 'shared_block' ? x.parcel_ids : []

/** Rows per district, park or land category, the totals, the conflicts in the pipeline, and the yearly targets. */
export async function supplyDemandReport(db: Db, rules: PipelineConfig, group: Grouping, today: string) {
  const [parcels, projects, blocks, names, space] = await Promise.all([
    supplyParcels(db),
    pipelineFigures(db),
    landBlocks(db),
    groupNames(db),
    spaceSupply(db),
  ])
  const input = {
    grouping: group,
    parcels,
    projects: projects.map(demandOf),
    blocks: blocks.offer,
    today,
    rules,
    space,
  }
  const { rows, total } = supplyAgainstDemand(input)
  const conflicts = findConflicts(projects.map(holderOf), blocks.held, largestBlockByPark(blocks.offer, parcels))
  const codes = await parcelCodes(db, conflicts.flatMap(conflictParcels))
  const share =
    total.supplied_this_year_mu > 0 ? total.industrial_supplied_this_year_mu / total.supplied_this_year_mu : null
  return {
    today,
    group,
    stage_probability: rules.stageProbability,
    rows: rows.map((r) => ({ ...r, ...nameOf(group, names, r.key) })),
    total: { ...total, name: null, name_en: null },
    conflicts: conflicts.map((x) => presentConflict(x, codes)),
    targets: {
      industrial_share: share === null ? null : Math.round(share * 1000) / 1000,
      industrial_share_line: rules.industrialShareLine,
      revitalised_mu: total.revitalised_this_year_mu,
      revitalise_target_mu: rules.revitaliseMuTarget,
    },
  }
}

/** 赛马: each jurisdiction with targets this year, its completion, light and rank. */
export async function rankingReport(db: Db, rules: PipelineConfig, today: string) {
  const year = Number(today.slice(0, 4))
  const [targets, projects, names] = await Promise.all([targetsOfYear(db, year), pipelineFigures(db), groupNames(db)])
  const credited = await markCreditExcluded(db, projects, rules)
  const rows = rankJurisdictions(targets, credited, today, rules)
  const region = new Map(names.regions.map((r) => [r.id, r]))
  return {
    today,
    year,
    year_elapsed: Math.round(yearElapsed(today) * 1000) / 1000,
    rows: rows.map((r) => ({
      ...r,
      name: region.get(r.region_id)?.name ?? String(r.region_id),
      name_en: region.get(r.region_id)?.name_en ?? null,
    })),
  }
}
