/**
 * 赛马 of units at one level (towns, platforms, departments or districts), pure: what each achieved this year up to a
 * day, from signings credited 5:5 up the tree and capital arrivals shared for 3 years, against its targets; ranked.
 */

import { capitalCredit, type ParentLinks, projectCredit } from '../jurisdictions/credit.js'
import { type UnitMetric, unitMetrics } from '../jurisdictions/jurisdictions.table.js'
import type { Light } from '../projects/project-rules.js'
import { lightFor, ranked, yearElapsed } from './ranking.js'

export interface UnitProject {
  id: number
  total_investment_wan: number | null
  land_category: string
  signed_on: string | null
  land_rights_on: string | null
  first_report_unit_id: number | null
  landing_unit_id: number | null
  credit_excluded: boolean
}

export interface UnitArrival {
  project_id: number
  arrived_on: string
  amount_wan: number
  kind: string
}

export interface UnitTarget {
  unit_id: number
  metric: UnitMetric
  target: number
}

const YI = 10_000 // 1亿元 in 万元

/** What one project's signing and land add to each metric, counted in the year up to `asOf`. */
function projectContribution(p: UnitProject, yearStart: string, asOf: string): Partial<Record<UnitMetric, number>> {
  const inYear = (d: string | null) => d !== null && d >= yearStart && d <= asOf
  const invest = p.total_investment_wan ?? 0
  const signed = inYear(p.signed_on)
  return {
    projects_1yi: signed && invest >= YI ? 1 : 0,
    projects_10yi: signed && invest >= 10 * YI ? 1 : 0,
    projects_50yi: signed && invest >= 50 * YI ? 1 : 0,
    industrial_land_investment_wan: inYear(p.land_rights_on) && p.land_category === 'industrial' ? invest : 0,
  }
}

type Achieved = Map<number, Map<UnitMetric, number>>

function add(achieved: Achieved, unit: number, metric: UnitMetric, value: number) {
  if (value === 0) return
  const metrics = achieved.get(unit) ?? new Map<UnitMetric, number>()
  metrics.set(metric, (metrics.get(metric) ?? 0) + value)
  achieved.set(unit, metrics)
}

/** Every unit's achievements (all levels: credit rolls up), for the year of `asOf` up to that day. */
export function unitAchievements(
  projects: readonly UnitProject[],
  arrivals: readonly UnitArrival[],
  parents: ParentLinks,
  asOf: string,
): Achieved {
  const yearStart = `${asOf.slice(0, 4)}-01-01`
  const achieved: Achieved = new Map()
  const credited = projects.filter((p) => !p.credit_excluded)
  for (const p of credited) {
    const contribution = projectContribution(p, yearStart, asOf)
    for (const [unit, share] of projectCredit(p.first_report_unit_id, p.landing_unit_id, parents))
      for (const [metric, value] of Object.entries(contribution))
        add(achieved, unit, metric as UnitMetric, share * value)
  }
  const byProject = new Map(credited.map((p) => [p.id, p]))
  const firstArrival = new Map<number, string>()
  for (const a of [...arrivals].sort((x, y) => x.arrived_on.localeCompare(y.arrived_on)))
    if (!firstArrival.has(a.project_id)) firstArrival.set(a.project_id, a.arrived_on)
  for (const a of arrivals) {
    const p = byProject.get(a.project_id)
    if (!p || a.arrived_on < yearStart || a.arrived_on > asOf) continue
    const units = { firstReport: p.first_report_unit_id, landing: p.landing_unit_id }
    const metric = a.kind === 'foreign_capital' ? 'foreign_capital_usd_wan' : 'domestic_capital_wan'
    const credit = capitalCredit(
      { on: a.arrived_on, amount: a.amount_wan },
      firstArrival.get(a.project_id)!,
      units,
      parents,
    )
    for (const [unit, value] of credit) add(achieved, unit, metric, value)
  }
  return achieved
}

export interface UnitMetricResult {
  metric: UnitMetric
  target: number
  achieved: number
  completion: number
  light: Light
}

export interface UnitRankRow {
  unit_id: number
  metrics: UnitMetricResult[]
  score: number
  light: Light
  rank: number
}

/** The units with targets, scored as the district ranking is (mean completion, each capped at 150%), and ranked. */
export function rankUnits(
  unitIds: readonly number[],
  targets: readonly UnitTarget[],
  achieved: Achieved,
  asOf: string,
  yellowAt: number,
): UnitRankRow[] {
  const elapsed = yearElapsed(asOf)
  const rows = unitIds.flatMap((unit_id) => {
    const own = targets.filter((t) => t.unit_id === unit_id)
    if (own.length === 0) return []
    const metrics = own
      .map((t) => {
        const value = achieved.get(unit_id)?.get(t.metric) ?? 0
        const completion = value / t.target
        const light = lightFor(completion, elapsed, yellowAt)
        return {
          metric: t.metric,
          target: t.target,
          achieved: round(value, 2),
          completion: round(completion, 3),
          light,
        }
      })
      .sort((a, b) => unitMetrics.indexOf(a.metric) - unitMetrics.indexOf(b.metric))
    const score = round(metrics.reduce((s, m) => s + Math.min(m.completion, 1.5), 0) / metrics.length, 3)
    return [{ region_id: unit_id, unit_id, metrics, score, light: lightFor(score, elapsed, yellowAt) }]
  })
  return ranked(rows).map(({ region_id: _, ...row }) => row)
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals
