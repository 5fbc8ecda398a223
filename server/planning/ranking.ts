/**
 * Pure 赛马: each jurisdiction's completion of its yearly targets (DOMAIN rule 9), with 5:5 credit for projects
 * introduced by one place and landed in another (rule 5), a light against the share of the year gone, and the rank
 * as of today and as of the end of last month.
 */
import {
  creditShares,
  type Light,
  landLate,
  landWarningShare,
  type PipelineThresholds,
} from '../projects/project-rules.js'
import { type LandCategory, type TargetMetric, targetMetrics } from '../projects/projects.table.js'

export interface RankedProject {
  total_investment_wan: number | null
  foreign_capital_wan_usd: number | null
  land_category: LandCategory
  signed_on: string | null
  land_rights_on: string | null
  first_report_region_id: number | null
  landing_region_id: number | null
  /** A report breach (001 §3): the project earns no one credit. */
  credit_excluded: boolean
}

export interface Target {
  region_id: number
  metric: TargetMetric
  target: number
}

export interface MetricResult {
  metric: TargetMetric
  target: number
  achieved: number
  completion: number
  light: Light
}

export interface RankingRow {
  region_id: number
  metrics: MetricResult[]
  /** Mean completion over the metrics with a target, each capped at 150% so one cannot carry the rest. */
  score: number
  light: Light
  rank: number
  rank_last_month: number | null
  /** 003 §23: this year's signings landed here, those without land-use rights in time, and the 5% line. */
  signed_this_year: number
  land_late: number
  land_late_share: number
  land_late_over_line: boolean
}

const YI = 10_000 // 1亿元 in 万元

/** How much one project adds to a metric, counting only what happened in the year up to `asOf`. */
function contribution(metric: TargetMetric, p: RankedProject, yearStart: string, asOf: string): number {
  const inYear = (d: string | null) => d !== null && d >= yearStart && d <= asOf
  const invest = p.total_investment_wan ?? 0
  switch (metric) {
    case 'projects_1yi':
      return inYear(p.signed_on) && invest >= YI ? 1 : 0
    case 'projects_10yi':
      return inYear(p.signed_on) && invest >= 10 * YI ? 1 : 0
    case 'foreign_capital_usd_wan':
      return inYear(p.signed_on) ? (p.foreign_capital_wan_usd ?? 0) : 0
    case 'industrial_land_investment_wan':
      return inYear(p.land_rights_on) && p.land_category === 'industrial' ? invest : 0
  }
}

export function yearElapsed(asOf: string): number {
  const year = Number(asOf.slice(0, 4))
  const start = Date.UTC(year, 0, 1)
  return (Date.parse(`${asOf}T00:00:00Z`) - start + 86_400_000) / (Date.UTC(year + 1, 0, 1) - start)
}

export function lightFor(completion: number, elapsed: number, yellowAt: number): Light {
  return completion >= elapsed ? 'green' : completion >= elapsed * yellowAt ? 'yellow' : 'red'
}

function scoreAsOf(targets: readonly Target[], projects: readonly RankedProject[], asOf: string, yellowAt: number) {
  const yearStart = `${asOf.slice(0, 4)}-01-01`
  const elapsed = yearElapsed(asOf)
  const achieved = new Map<string, number>()
  for (const p of projects) {
    if (p.credit_excluded) continue
    for (const { region, share } of creditShares(p.first_report_region_id, p.landing_region_id)) {
      for (const metric of targetMetrics) {
        const key = `${region}/${metric}`
        achieved.set(key, (achieved.get(key) ?? 0) + share * contribution(metric, p, yearStart, asOf))
      }
    }
  }
  const byRegion = new Map<number, MetricResult[]>()
  for (const t of targets) {
    const value = achieved.get(`${t.region_id}/${t.metric}`) ?? 0
    const completion = value / t.target
    byRegion.set(t.region_id, [
      ...(byRegion.get(t.region_id) ?? []),
      {
        metric: t.metric,
        target: t.target,
        achieved: Math.round(value * 100) / 100,
        completion: Math.round(completion * 1000) / 1000,
        light: lightFor(completion, elapsed, yellowAt),
      },
    ])
  }
  const order = (m: MetricResult) => targetMetrics.indexOf(m.metric)
  return [...byRegion.entries()].map(([region_id, unordered]) => {
    const metrics = unordered.sort((a, b) => order(a) - order(b))
    const score = metrics.reduce((s, m) => s + Math.min(m.completion, 1.5), 0) / metrics.length
    return { region_id, metrics, score: Math.round(score * 1000) / 1000, light: lightFor(score, elapsed, yellowAt) }
  })
}

/** Ties share a rank (1, 2, 2, 4). */
export function ranked<T extends { score: number; region_id: number }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score || a.region_id - b.region_id)
  return sorted.map((row) => ({ ...row, rank: 1 + sorted.filter((other) => other.score > row.score).length }))
}

/** Per landing jurisdiction: of the year's signings, how many did not get land-use rights within the months allowed. */
export function landLateByRegion(projects: readonly RankedProject[], today: string, t: PipelineThresholds) {
  const counts = new Map<number, { signed: number; late: number }>()
  for (const p of projects) {
    if (
      p.landing_region_id === null ||
      !p.signed_on ||
      p.signed_on.slice(0, 4) !== today.slice(0, 4) ||
      p.signed_on > today
    )
      continue
    const c = counts.get(p.landing_region_id) ?? { signed: 0, late: 0 }
    c.signed += 1
    if (landLate(p.signed_on, p.land_rights_on, today, t)) c.late += 1
    counts.set(p.landing_region_id, c)
  }
  return counts
}

export function rankJurisdictions(
  targets: readonly Target[],
  projects: readonly RankedProject[],
  today: string,
  t: PipelineThresholds & { rankingYellowAt: number },
): RankingRow[] {
  const yellowAt = t.rankingYellowAt
  const late = landLateByRegion(projects, today, t)
  const now = ranked(scoreAsOf(targets, projects, today, yellowAt))
  const lastMonthEnd = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, 0))
    .toISOString()
    .slice(0, 10)
  const before =
    lastMonthEnd.slice(0, 4) === today.slice(0, 4)
      ? new Map(ranked(scoreAsOf(targets, projects, lastMonthEnd, yellowAt)).map((r) => [r.region_id, r.rank]))
      : null
  return now.map((row) => {
    const { signed, late: lateCount } = late.get(row.region_id) ?? { signed: 0, late: 0 }
    const { share, overLine } = landWarningShare(signed, lateCount, t)
    return {
      ...row,
      rank_last_month: before?.get(row.region_id) ?? null,
      signed_this_year: signed,
      land_late: lateCount,
      land_late_share: Math.round(share * 1000) / 1000,
      land_late_over_line: overLine,
    }
  })
}
