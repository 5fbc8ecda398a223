import { z } from '@hono/zod-openapi'
import { calendarDate, idNumber } from '../http/params.js'
import { warningKinds } from './project-assessment.js'
import { approvalTiers } from './project-rules.js'
import { landCategories, projectStages } from './projects.table.js'

const isoDate = calendarDate
const light = z.enum(['green', 'yellow', 'red'])

export const projectWarningSchema = z.object({
  kind: z.enum(warningKinds),
  level: z.enum(['yellow', 'red']),
  due_on: z.string(),
  days_left: z.number().int().openapi({ description: 'Days until due; negative once past' }),
})

export const projectPropertiesSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    investor_name: z.string(),
    investor_origin: z.string().nullable(),
    investor_flags: z.array(z.string()),
    industry: z.string().nullable(),
    chain_name: z.string().nullable().openapi({ description: 'The industry chain (产业链) the project belongs to' }),
    chain_name_en: z.string().nullable(),
    segment_name: z.string().nullable(),
    segment_name_en: z.string().nullable(),
    stage: z.enum(projectStages),
    stage_changed_on: z.string(),
    signed_on: z.string().nullable(),
    land_rights_on: z.string().nullable(),
    first_reported_on: z.string().nullable(),
    planned_signing_on: z.string().nullable(),
    total_investment_wan: z.number().nullable().openapi({ description: '总投资, 万元' }),
    foreign_capital_wan_usd: z.number().nullable().openapi({ description: '外资, 万美元' }),
    land_need_mu: z.number().nullable(),
    land_category: z.enum(landCategories),
    special_support: z.boolean(),
    landmark: z.boolean(),
    first_report_region_id: z.number().int().nullable(),
    first_report_region_name: z.string().nullable(),
    first_report_region_name_en: z.string().nullable(),
    landing_region_id: z.number().int().nullable(),
    landing_region_name: z.string().nullable(),
    landing_region_name_en: z.string().nullable(),
    landing_town: z.string().nullable(),
    park_id: z.number().int().nullable(),
    park_name: z.string().nullable(),
    park_name_en: z.string().nullable(),
    parcel_id: z.number().int().nullable(),
    parcel_code: z.string().nullable(),
    wants_whole_block: z.boolean(),
    responsible: z.string().nullable(),
    notes: z.string(),
    version: z.number().int(),
    // Computed by the rules on each request, never stored or typed in.
    approval_tier: z.enum(approvalTiers).openapi({
      description: 'deputy_head_after_head is T0: a project without land (category none or 0 mu)',
    }),
    approval_rule: z.string(),
    approval_rule_zh: z.string(),
    first_report: z.boolean().openapi({ description: '首报首谈: ≥ 10亿元 or ≥ 1亿美元' }),
    pre_report: z
      .boolean()
      .openapi({ description: 'Pre-report one week before signing: ≥ 30亿元, ≥ 1亿美元 or landmark' }),
    first_talk_ends_on: z.string().nullable(),
    pre_report_due_on: z.string().nullable(),
    land_deadline: z.string().nullable(),
    land_late: z.boolean().openapi({ description: 'Signed and no land-use rights within the months allowed (rule 3)' }),
    light,
    days_in_stage: z.number().int(),
    days_allowed: z.number().int().nullable(),
    next_stages: z.array(z.enum(projectStages)),
    warnings: z.array(projectWarningSchema),
  })
  .openapi('ProjectProperties')

const pointSchema = z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) })

export const projectFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: pointSchema.nullable(),
    properties: projectPropertiesSchema,
  })
  .openapi('ProjectFeature')
export type ProjectFeature = z.infer<typeof projectFeatureSchema>

export const projectCollectionSchema = z
  .object({ type: z.literal('FeatureCollection'), today: z.string(), features: z.array(projectFeatureSchema) })
  .openapi('ProjectCollection')
export type ProjectCollection = z.infer<typeof projectCollectionSchema>

export const projectPatchSchema = z
  .object({
    stage: z.enum(projectStages),
    stage_on: isoDate.openapi({
      description: 'The day the stage changed (default today; may be back-dated, never before the current stage began)',
    }),
    stage_note: z.string().max(1000),
    responsible: z.string().trim().max(100).nullable(),
    notes: z.string().max(5000),
    land_need_mu: z.number().min(0).max(100_000).nullable(),
    land_category: z.enum(landCategories),
    total_investment_wan: z.number().min(0).max(1e9).nullable(),
    foreign_capital_wan_usd: z.number().min(0).max(1e8).nullable(),
    special_support: z.boolean(),
    landmark: z.boolean(),
    first_reported_on: isoDate.nullable(),
    planned_signing_on: isoDate.nullable(),
    parcel_id: idNumber.nullable(),
    wants_whole_block: z.boolean(),
    landing_town: z.string().trim().max(100).nullable(),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'name at least one field to change' })
  .refine((patch) => patch.stage !== undefined || (patch.stage_on === undefined && patch.stage_note === undefined), {
    message: 'stage_on and stage_note go with a stage change',
    path: ['stage'],
  })
  .openapi('ProjectPatch')
export type ProjectPatch = z.infer<typeof projectPatchSchema>

export const timelineSchema = z
  .array(
    z.object({
      id: z.number().int(),
      from_stage: z.enum(projectStages).nullable(),
      to_stage: z.enum(projectStages),
      on_date: z.string(),
      actor: z.string(),
      note: z.string(),
      recorded_at: z.string(),
    }),
  )
  .openapi('ProjectTimeline')
