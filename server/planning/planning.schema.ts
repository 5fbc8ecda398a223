import { z } from '@hono/zod-openapi'
import { idleCategories } from '../land/parcels.table.js'
import { targetMetrics } from '../projects/projects.table.js'
import { groupings } from './supply-demand.js'

export const light = z.enum(['green', 'yellow', 'red'])
const mu = z.number()

/** One metric of a ranked row: its target, what was achieved, the completion and its light. */
export const metricResultsSchema = <M extends readonly [string, ...string[]]>(metrics: M) =>
  z.array(
    z.object({ metric: z.enum(metrics), target: z.number(), achieved: z.number(), completion: z.number(), light }),
  )

export const supplyQuerySchema = z.object({
  group: z
    .enum(groupings)
    .default('district')
    .openapi({ param: { name: 'group', in: 'query' }, description: 'district, park or land category' }),
})

export const supplyRowSchema = z.object({
  key: z.string().nullable().openapi({ description: 'Region id, park id or land category; null: not placed' }),
  name: z.string().nullable(),
  name_en: z.string().nullable(),
  available_mu: mu,
  reserve_mu: mu,
  blocks_100: z.number().int(),
  blocks_200: z.number().int(),
  demand_projects: z.number().int(),
  demand_raw_mu: mu,
  demand_mu: mu.openapi({ description: 'Land need of negotiating and signed projects, weighted by stage probability' }),
  balance_mu: mu,
  absorbed_12m_mu: mu,
  months_of_supply: z.number().nullable(),
  idle_mu: z.object(
    Object.fromEntries(idleCategories.map((k) => [k, mu])) as Record<(typeof idleCategories)[number], typeof mu>,
  ),
  supplied_this_year_mu: mu,
  industrial_supplied_this_year_mu: mu,
  revitalised_this_year_mu: mu,
  space_vacant_m2: z.number().openapi({ description: 'Floor area of vacant units in buildings (载体), ㎡' }),
  space_reserved_m2: z.number().openapi({ description: 'Floor area of units reserved by projects, ㎡' }),
})

const briefProject = z.object({ id: z.number().int(), code: z.string(), name: z.string() })

export const conflictSchema = z.object({
  kind: z.enum(['shared_parcel', 'shared_block', 'no_block_large_enough']),
  projects: z.array(briefProject),
  parcel_codes: z.array(z.string()),
  need_mu: z.number().nullable(),
  largest_block_mu: z.number().nullable(),
})

export const supplyDemandSchema = z
  .object({
    today: z.string(),
    group: z.enum(groupings),
    stage_probability: z.object({ negotiating: z.number(), signed: z.number() }),
    rows: z.array(supplyRowSchema),
    total: supplyRowSchema,
    conflicts: z.array(conflictSchema),
    targets: z.object({
      industrial_share: z
        .number()
        .nullable()
        .openapi({ description: 'Industrial share of this year’s land supplied (004 §3(2))' }),
      industrial_share_line: z.number(),
      revitalised_mu: mu,
      revitalise_target_mu: mu,
    }),
  })
  .openapi('SupplyDemand')

export const rankingSchema = z
  .object({
    today: z.string(),
    year: z.number().int(),
    year_elapsed: z.number(),
    rows: z.array(
      z.object({
        region_id: z.number().int(),
        name: z.string(),
        name_en: z.string().nullable(),
        metrics: metricResultsSchema(targetMetrics),
        score: z.number(),
        light,
        rank: z.number().int(),
        rank_last_month: z.number().int().nullable(),
        signed_this_year: z.number().int(),
        land_late: z.number().int(),
        land_late_share: z.number(),
        land_late_over_line: z
          .boolean()
          .openapi({ description: 'Above the 5% line: cannot be rated advanced this year (003 §23)' }),
      }),
    ),
  })
  .openapi('Ranking')
