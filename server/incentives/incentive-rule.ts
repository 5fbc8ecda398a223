/**
 * Incentive policies as data (智查策): each rule is a record of conditions on a project profile and a formula with
 * its rate, unit and cap, so a new policy is a new row, not new code. Pure: schemas and the evaluator.
 */
import { z } from 'zod'

/** What an investor tells us about the project; every field is optional, a rule needing a missing one does not apply. */
export const profileFields = {
  project_kind: 'Kind of project: industrial, qflp, service, …',
  is_new: 'A newly introduced project (incl. capital increase or merger)',
  foreign_capital_usd_wan: 'Foreign capital actually received this year, 万美元',
  total_investment_wan: 'Total investment, 万元',
  land_mu: 'Land need, mu',
  is_standard_land: 'On 标准地',
} as const
export type ProfileField = keyof typeof profileFields
export type Profile = Partial<{
  project_kind: string
  is_new: boolean
  foreign_capital_usd_wan: number
  total_investment_wan: number
  land_mu: number
  is_standard_land: boolean
}>

const field = z.enum(Object.keys(profileFields) as [ProfileField, ...ProfileField[]])

export const conditionSchema = z.discriminatedUnion('op', [
  z.object({ field, op: z.literal('>='), value: z.number() }).strict(),
  z.object({ field, op: z.literal('<'), value: z.number() }).strict(),
  z.object({ field, op: z.literal('='), value: z.union([z.string(), z.boolean()]) }).strict(),
  z.object({ field, op: z.literal('in'), value: z.array(z.string()).min(1) }).strict(),
])
export type Condition = z.infer<typeof conditionSchema>

/** amount = rate × (value ÷ per), pro rata (or whole units with `whole_units`), capped; in 万元. */
export const formulaSchema = z
  .object({
    type: z.literal('per_unit'),
    field,
    per: z.number().positive(),
    rate_wan: z.number().positive(),
    cap_wan: z.number().positive().nullable(),
    whole_units: z.boolean().default(false),
  })
  .strict()
export type Formula = z.infer<typeof formulaSchema>

export interface IncentiveRule {
  key: string
  name: string
  name_en: string
  level: 'district' | 'city' | 'province'
  source: string
  /** The jurisdiction (by code) whose policy this is; null for a rule loaded without one. */
  place_code: string | null
  conditions: Condition[]
  formula: Formula
}

export interface RuleResult {
  key: string
  name: string
  name_en: string
  level: IncentiveRule['level']
  source: string
  place_code: string | null
  applies: boolean
  amount_wan: number
  capped: boolean
  /** Each condition with the profile's value and whether it holds. */
  checks: { field: ProfileField; op: Condition['op']; required: Condition['value']; actual: unknown; met: boolean }[]
  /** For a rule that fails only on one `>=` threshold: how much more would qualify. */
  short_by: { field: ProfileField; needed: number } | null
}

function holds(c: Condition, actual: unknown): boolean {
  if (actual === undefined || actual === null) return false
  switch (c.op) {
    case '>=':
      return typeof actual === 'number' && actual >= c.value
    case '<':
      return typeof actual === 'number' && actual < c.value
    case '=':
      return actual === c.value
    case 'in':
      return typeof actual === 'string' && c.value.includes(actual)
  }
}

function amountOf(f: Formula, profile: Profile): { amount: number; capped: boolean } {
  const value = Number(profile[f.field] ?? 0)
  const units = f.whole_units ? Math.floor(value / f.per) : value / f.per
  const raw = Math.round(units * f.rate_wan * 100) / 100
  return f.cap_wan !== null && raw > f.cap_wan ? { amount: f.cap_wan, capped: true } : { amount: raw, capped: false }
}

export function evaluateRule(rule: IncentiveRule, profile: Profile): RuleResult {
  const checks = rule.conditions.map((c) => ({
    field: c.field,
    op: c.op,
    required: c.value,
    actual: profile[c.field] ?? null,
    met: holds(c, profile[c.field]),
  }))
  const failed = checks.filter((c) => !c.met)
  const applies = failed.length === 0
  const near =
    failed.length === 1 && failed[0]!.op === '>=' && typeof failed[0]!.actual === 'number' ? failed[0]! : null
  const { amount, capped } = applies ? amountOf(rule.formula, profile) : { amount: 0, capped: false }
  return {
    key: rule.key,
    name: rule.name,
    name_en: rule.name_en,
    level: rule.level,
    source: rule.source,
    place_code: rule.place_code,
    applies,
    amount_wan: amount,
    capped,
    checks,
    short_by: near
      ? { field: near.field, needed: Math.round(((near.required as number) - (near.actual as number)) * 100) / 100 }
      : null,
  }
}

/** Every rule against the profile: those that apply with their amounts, those one threshold short, the rest. */
export function estimateIncentives(rules: readonly IncentiveRule[], profile: Profile) {
  const results = rules.map((r) => evaluateRule(r, profile))
  const applicable = results.filter((r) => r.applies)
  return {
    total_wan: Math.round(applicable.reduce((sum, r) => sum + r.amount_wan, 0) * 100) / 100,
    applicable,
    almost: results.filter((r) => !r.applies && r.short_by !== null),
    other: results.filter((r) => !r.applies && r.short_by === null),
  }
}
