import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { access } from '../auth/access.js'
import type { AppEnv } from '../http/app-env.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { currentBlocks } from '../land/blocks-cache.js'
import { targetsOfYear } from '../projects/targets.repo.js'
import { type Conflict, findConflicts } from './pipeline-conflicts.js'
import { groupNames, parcelCodes, pipelineFigures, supplyParcels } from './planning.repo.js'
import { rankingSchema, supplyDemandSchema, supplyQuerySchema } from './planning.schema.js'
import { rankJurisdictions, yearElapsed } from './ranking.js'
import { type Grouping, type MemberBlock, type SupplyParcel, supplyAgainstDemand } from './supply-demand.js'

const supplyDemand = createRoute({
  method: 'get',
  path: '/planning/supply-demand',
  summary:
    'Land on offer against the pipeline’s demand, per district, park or land category (staff: the pipeline is confidential)',
  ...access('projects', 'read'),
  request: { query: supplyQuerySchema },
  responses: {
    200: {
      description: 'Rows, totals, conflicts and the yearly land targets',
      content: { 'application/json': { schema: supplyDemandSchema } },
    },
  },
})

const ranking = createRoute({
  method: 'get',
  path: '/planning/ranking',
  summary: '赛马: each jurisdiction’s completion of this year’s targets, its light and its rank',
  ...access('targets', 'read'),
  responses: {
    200: {
      description: 'One row per jurisdiction with targets',
      content: { 'application/json': { schema: rankingSchema } },
    },
  },
})

/**
 * Blocks joined by shared edges only: of land on offer (supply), and of land on offer or held (claims on whole
 * blocks). A dashboard: under a burst of edits it reads the last blocks and they are recomputed once the burst passes.
 */
async function landBlocks(c: Context<AppEnv>) {
  const { db } = c.var.deps
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

export const planningRoutes = createRouter()
  .openapi(supplyDemand, async (c) => {
    const { group } = c.req.valid('query')
    const { db, config } = c.var.deps
    const today = todayOf(c)
    const [parcels, projects, blocks, names] = await Promise.all([
      supplyParcels(db),
      pipelineFigures(db),
      landBlocks(c),
      groupNames(db),
    ])
    const demand = projects.map((p) => ({
      id: p.id,
      stage: p.stage,
      landNeedMu: p.land_need_mu,
      landCategory: p.land_category,
      regionId: p.landing_region_id,
      parkId: p.park_id,
    }))
    const { rows, total } = supplyAgainstDemand({
      grouping: group,
      parcels,
      projects: demand,
      blocks: blocks.offer,
      today,
      rules: config.pipeline,
    })
    const holders = projects.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      stage: p.stage,
      parcelId: p.parcel_id,
      wantsWholeBlock: p.wants_whole_block,
      landNeedMu: p.land_need_mu,
      parkId: p.park_id,
    }))
    const conflicts = findConflicts(holders, blocks.held, largestBlockByPark(blocks.offer, parcels))
    const codes = await parcelCodes(
      db,
      conflicts.flatMap((x) =>
        x.kind === 'shared_parcel' ? [x.parcel_id] : x.kind === 'shared_block' ? x.parcel_ids : [],
      ),
    )
    return c.json(
      {
        today,
        group,
        stage_probability: config.pipeline.stageProbability,
        rows: rows.map((r) => ({ ...r, ...nameOf(group, names, r.key) })),
        total: { ...total, name: null, name_en: null },
        conflicts: conflicts.map((x) => presentConflict(x, codes)),
        targets: {
          industrial_share:
            total.supplied_this_year_mu > 0
              ? Math.round((total.industrial_supplied_this_year_mu / total.supplied_this_year_mu) * 1000) / 1000
              : null,
          industrial_share_line: config.pipeline.industrialShareLine,
          revitalised_mu: total.revitalised_this_year_mu,
          revitalise_target_mu: config.pipeline.revitaliseMuTarget,
        },
      },
      200,
    )
  })
  .openapi(ranking, async (c) => {
    const { db, config } = c.var.deps
    const today = todayOf(c)
    const year = Number(today.slice(0, 4))
    const [targets, projects, names] = await Promise.all([targetsOfYear(db, year), pipelineFigures(db), groupNames(db)])
    const rows = rankJurisdictions(targets, projects, today, config.pipeline)
    const region = new Map(names.regions.map((r) => [r.id, r]))
    return c.json(
      {
        today,
        year,
        year_elapsed: Math.round(yearElapsed(today) * 1000) / 1000,
        rows: rows.map((r) => ({
          ...r,
          name: region.get(r.region_id)?.name ?? String(r.region_id),
          name_en: region.get(r.region_id)?.name_en ?? null,
        })),
      },
      200,
    )
  })
