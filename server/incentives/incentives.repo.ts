import { readFileSync } from 'node:fs'
import { z } from 'zod'
import type { DbOrTrx } from '../db/database.js'
import { conditionSchema, formulaSchema, type IncentiveRule } from './incentive-rule.js'

const ruleSchema = z.object({
  key: z.string().regex(/^[a-z0-9_]{1,60}$/),
  name: z.string().min(1).max(200),
  name_en: z.string().max(300).default(''),
  level: z.enum(['district', 'city', 'province']),
  source: z.string().min(1).max(500).optional(),
  conditions: z.array(conditionSchema).max(20),
  formula: formulaSchema,
})
const policyFileSchema = z.object({ source: z.string().min(1).max(500), rules: z.array(ruleSchema).min(1) }).strict()

/** A policy file (data/policies/*.json): every rule checked, the file's source given to rules without their own. */
export function readPolicyFile(path: string): IncentiveRule[] {
  const parsed = policyFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`)
  }
  return parsed.data.rules.map((r) => ({ ...r, source: r.source ?? parsed.data.source }))
}

export async function insertRules(db: DbOrTrx, rules: readonly IncentiveRule[]) {
  if (rules.length === 0) return
  await db
    .insertInto('incentive_rules')
    .values(
      rules.map((r, sort) => ({
        ...r,
        conditions: JSON.stringify(r.conditions),
        formula: JSON.stringify(r.formula),
        sort,
      })),
    )
    .execute()
}

/** Published rules, each checked again on the way out: a hand-edited row that no longer parses is an error, not a guess. */
export async function publishedRules(db: DbOrTrx): Promise<IncentiveRule[]> {
  const rows = await db
    .selectFrom('incentive_rules')
    .select(['key', 'name', 'name_en', 'level', 'source', 'conditions', 'formula'])
    .where('published', '=', true)
    .orderBy('sort')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    ...r,
    conditions: z.array(conditionSchema).parse(r.conditions),
    formula: formulaSchema.parse(r.formula),
  }))
}
