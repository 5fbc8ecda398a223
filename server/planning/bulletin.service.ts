/**
 * 季通报: every level's units at a quarter's end (its last month's stored end; the current quarter as of today), each
 * with its completion, light, rank and change since the previous quarter's end.
 */
import type { DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { rankedLevels } from '../jurisdictions/jurisdictions.table.js'
import type { PipelineConfig } from '../projects/pipeline-config.js'
import { monthEndRanking, rankAsOf } from './unit-ranking.service.js'

const quarterOf = (isoDate: string) => Math.ceil(Number(isoDate.slice(5, 7)) / 3)

export async function quarterlyBulletin(
  db: DbOrTrx,
  rules: PipelineConfig,
  year: number,
  quarter: number,
  today: string,
) {
  const thisYear = Number(today.slice(0, 4))
  const current = year === thisYear && quarter === quarterOf(today)
  if (year > thisYear || (year === thisYear && quarter > quarterOf(today)))
    throw new ApiError('invalid_value', `quarter: ${year} Q${quarter} has not begun`)
  const [beforeYear, beforeQuarter] = quarter === 1 ? [year - 1, 4] : [year, quarter - 1]
  const sections = []
  let asOf = today
  for (const level of rankedLevels) {
    const now = current
      ? { as_of: today, rows: await rankAsOf(db, level, today, rules) }
      : await monthEndRanking(db, level, year, quarter * 3, rules)
    asOf = now.as_of
    const before = await monthEndRanking(db, level, beforeYear, beforeQuarter * 3, rules)
    const rankBefore = new Map(before.rows.map((r) => [r.unit_id, r.rank]))
    sections.push({
      level,
      rows: now.rows.map((r) => ({ ...r, rank_last_quarter: rankBefore.get(r.unit_id) ?? null })),
    })
  }
  return { year, quarter, as_of: asOf, sections }
}
