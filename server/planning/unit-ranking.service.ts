/**
 * 月排位: a level's units ranked this month as of today, and any past month as it stood at that month's end, stored
 * the first time it is asked for (or at start-up) and never recomputed: later edits do not rewrite history.
 */
import type { DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { parentLinks } from '../jurisdictions/jurisdictions.repo.js'
import { type RankedLevel, rankedLevels } from '../jurisdictions/jurisdictions.table.js'
import type { PipelineConfig } from '../projects/pipeline-config.js'
import { markCreditExcluded } from '../projects/projects.service.js'
import { rankUnits, unitAchievements } from './unit-ranking.js'
import {
  allCapitalArrivals,
  findMonthEnd,
  storeMonthEnd,
  unitProjects,
  unitsOfLevel,
  unitTargetsOfYear,
} from './unit-ranking.repo.js'

const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
const previousMonth = (year: number, month: number): [number, number] =>
  month === 1 ? [year - 1, 12] : [year, month - 1]

/** The units of a level ranked as of a day, with their names. */
export async function rankAsOf(db: DbOrTrx, level: RankedLevel, asOf: string, rules: PipelineConfig) {
  const [units, parents, projects, arrivals, targets] = await Promise.all([
    unitsOfLevel(db, level),
    parentLinks(db),
    unitProjects(db),
    allCapitalArrivals(db),
    unitTargetsOfYear(db, Number(asOf.slice(0, 4))),
  ])
  const credited = await markCreditExcluded(db, projects, rules)
  const achieved = unitAchievements(credited, arrivals, parents, asOf)
  const byId = new Map(units.map((u) => [u.id, u]))
  return rankUnits([...byId.keys()], targets, achieved, asOf, rules.rankingYellowAt).map((row) => {
    const { code, name, name_en } = byId.get(row.unit_id)!
    return { ...row, code, name, name_en }
  })
}

export type RankedUnit = Awaited<ReturnType<typeof rankAsOf>>[number]

/** A past month's stored end, stored now from the data as it is if nobody asked before. */
export async function monthEndRanking(
  db: DbOrTrx,
  level: RankedLevel,
  year: number,
  month: number,
  rules: PipelineConfig,
) {
  const stored = await findMonthEnd(db, level, year, month)
  if (stored) return { as_of: stored.as_of, recorded_at: stored.recorded_at, rows: stored.rows as RankedUnit[] }
  const as_of = monthEnd(year, month)
  await storeMonthEnd(db, { level, year, month, as_of, rows: await rankAsOf(db, level, as_of, rules) })
  return monthEndRanking(db, level, year, month, rules)
}

export async function unitRankingReport(
  db: DbOrTrx,
  rules: PipelineConfig,
  query: { level: RankedLevel; year: number; month: number },
  today: string,
) {
  const { level, year, month } = query
  const asked = `${year}-${String(month).padStart(2, '0')}`
  if (asked > today.slice(0, 7)) throw new ApiError('invalid_value', `month: ${asked} has not begun`)
  const [lastYear, lastMonth] = previousMonth(year, month)
  const before = await monthEndRanking(db, level, lastYear, lastMonth, rules)
  const now =
    asked < today.slice(0, 7)
      ? await monthEndRanking(db, level, year, month, rules)
      : { as_of: today, recorded_at: null, rows: await rankAsOf(db, level, today, rules) }
  const rankBefore = new Map(before.rows.map((r) => [r.unit_id, r.rank]))
  return {
    level,
    year,
    month,
    as_of: now.as_of,
    recorded_at: now.recorded_at,
    rows: now.rows.map((r) => ({ ...r, rank_last_month: rankBefore.get(r.unit_id) ?? null })),
  }
}

/** At start-up: last month's end for every level, if it is not stored yet. */
export async function recordLastMonthEnds(
  db: DbOrTrx,
  rules: PipelineConfig,
  today: string,
  levels: readonly RankedLevel[],
) {
  const [year, month] = previousMonth(Number(today.slice(0, 4)), Number(today.slice(5, 7)))
  for (const level of levels) await monthEndRanking(db, level, year, month, rules)
}

const HOUR_MS = 3_600_000

/**
 * Keeps 月排位's history without anyone asking: at start and every hour, last month's end for every level is stored if
 * it is not yet (a stored month is left alone). Returns the stop for shutdown.
 */
export function keepMonthEnds(db: DbOrTrx, rules: PipelineConfig, today: () => string, warn: (m: string) => void) {
  let running: Promise<void> = Promise.resolve()
  const record = () => {
    running = recordLastMonthEnds(db, rules, today(), rankedLevels).catch((error: Error) =>
      warn(`[ranking] month end not stored yet: ${error.message}`),
    )
  }
  record()
  const timer = setInterval(record, HOUR_MS)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
