import { readFileSync } from 'node:fs'
import { sql } from 'kysely'
import { z } from 'zod'
import type { DbOrTrx } from '../db/database.js'
import { conditionSchema, formulaSchema, type IncentiveRule } from './incentive-rule.js'

const ruleSchema = z.object({
  key: z.string().regex(/^[a-z0-9_]{1,60}$/),
  name: z.string().min(1).max(200),
  name_en: z.string().max(300).default(''),
  level: z.enum(['district', 'city', 'province']),
  source: z.string().min(1).max(500).optional(),
  place: z.string().min(1).max(40).optional(),
  conditions: z.array(conditionSchema).max(20),
  formula: formulaSchema,
})
const policyFileSchema = z
  .object({ source: z.string().min(1).max(500), place: z.string().min(1).max(40), rules: z.array(ruleSchema).min(1) })
  .strict()

/** A policy file (data/policies/*.json): every rule checked; the file's source and place go to rules without their own. */
export function readPolicyFile(path: string): IncentiveRule[] {
  const parsed = policyFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`)
  }
  return parsed.data.rules.map(({ place, ...r }) => ({
    ...r,
    source: r.source ?? parsed.data.source,
    place_code: place ?? parsed.data.place,
  }))
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
    .select(['key', 'name', 'name_en', 'level', 'source', 'place_code', 'conditions', 'formula'])
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

/** A place and every place above it, deepest first: a unit's code, or the units whose outlines hold a point. */
export async function placeChain(db: DbOrTrx, place: { code: string } | { at: [number, number] }) {
  const start =
    'code' in place
      ? sql`SELECT id FROM jurisdictions WHERE code = ${place.code}`
      : sql`SELECT j.id FROM jurisdictions j LEFT JOIN regions r ON r.id = j.region_id
          WHERE j.level IN ('town', 'district') AND ST_Intersects(coalesce(j.geom, r.geom),
            ST_SetSRID(ST_MakePoint(${place.at[0]}, ${place.at[1]}), 4326))
          ORDER BY j.level = 'town' DESC LIMIT 1`
  const { rows } = await sql<{ code: string; name: string; name_en: string }>`
    WITH RECURSIVE chain (id, depth) AS (
      SELECT id, 0 FROM (${start}) s
      UNION ALL SELECT j.parent_id, c.depth + 1 FROM chain c JOIN jurisdictions j ON j.id = c.id WHERE j.parent_id IS NOT NULL
    )
    SELECT j.code, j.name, j.name_en FROM chain c JOIN jurisdictions j ON j.id = c.id ORDER BY c.depth`.execute(db)
  return rows
}
