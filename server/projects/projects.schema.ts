import { z } from '@hono/zod-openapi'
import { calendarDate, idNumber } from '../http/params.js'
import { creditCodeProblem, normaliseCreditCode } from './credit-code.js'
import { warningKinds } from './project-assessment.js'
import { approvalTiers } from './project-rules.js'
import { landCategories, projectStages } from './projects.table.js'
import { breachKinds } from './report-breaches.js'

const isoDate = calendarDate

const creditCodeProblems = {
  length: 'is 18 characters long',
  character: 'uses digits and capitals without I, O, S, V and Z',
  check_digit: 'ends in a check character that does not match the first 17 (GB 32100-2015)',
} as const

/** 统一社会信用代码 as typed (spaces, lower case), stored normalised; a wrong check character is named as such. */
const creditCodeSchema = z
  .string()
  .max(40)
  .transform(normaliseCreditCode)
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code)
    if (problem) ctx.addIssue({ code: 'custom', message: `a 统一社会信用代码 ${creditCodeProblems[problem]}` })
  })
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
    first_report_unit_id: z
      .number()
      .int()
      .nullable()
      .openapi({ description: '首谈单位: a town, platform or department' }),
    first_report_unit_name: z.string().nullable(),
    first_report_unit_name_en: z.string().nullable(),
    landing_unit_id: z.number().int().nullable().openapi({ description: '落地单位: the town or platform it lands in' }),
    landing_unit_name: z.string().nullable(),
    landing_unit_name_en: z.string().nullable(),
    responsible_department_id: z.number().int().nullable(),
    responsible_department_name: z.string().nullable(),
    responsible_department_name_en: z.string().nullable(),
    investor_credit_code: z.string().nullable().openapi({ description: '统一社会信用代码 (GB 32100-2015)' }),
    pre_reported_on: z.string().nullable(),
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
    report_breaches: z
      .array(z.object({ kind: z.enum(breachKinds), reason: z.string(), reason_zh: z.string() }))
      .openapi({ description: '001 §3: a signing that broke the first-report or pre-report duty, and why' }),
    credit_excluded: z
      .boolean()
      .openapi({ description: 'No ranking credit and no city-level incentive, because of a report breach' }),
    first_report_holder: z
      .object({
        project_id: z.number().int(),
        project_code: z.string(),
        unit_id: z.number().int().nullable(),
        from: z.string(),
        until: z.string(),
      })
      .nullable()
      .openapi({ description: 'Another unit’s open first-talk window on the same company today' }),
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
    first_report_unit_id: idNumber.nullable(),
    landing_unit_id: idNumber.nullable(),
    responsible_department_id: idNumber.nullable(),
    investor_credit_code: creditCodeSchema.nullable(),
    pre_reported_on: isoDate.nullable(),
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
