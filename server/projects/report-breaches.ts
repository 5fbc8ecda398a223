/**
 * 首报首谈 and the pre-report (001 §3), pure: who holds a company's one-month window of exclusive first talks, and
 * whether a signing broke either duty. A project that did gets no ranking credit and no city-level incentive.
 */
import { normaliseCompanyName, normaliseCreditCode } from './credit-code.js'
import { addDays, addMonths, type PipelineThresholds, reportDuties } from './project-rules.js'

export interface ReportedProject {
  id: number
  code: string
  investor_name: string
  investor_credit_code: string | null
  first_report_unit_id: number | null
  first_reported_on: string | null
  pre_reported_on: string | null
  signed_on: string | null
  total_investment_wan: number | null
  foreign_capital_wan_usd: number | null
  landmark: boolean
}

/** The same company: the same credit code where both have one, else the same name once normalised. */
export function sameCompany(a: ReportedProject, b: ReportedProject): boolean {
  if (a.investor_credit_code && b.investor_credit_code)
    return normaliseCreditCode(a.investor_credit_code) === normaliseCreditCode(b.investor_credit_code)
  return normaliseCompanyName(a.investor_name) === normaliseCompanyName(b.investor_name)
}

export interface WindowHolder {
  project_id: number
  project_code: string
  unit_id: number | null
  from: string
  until: string
}

/** Another unit's open window on the same company on a day (the earliest report holds it), if any. */
export function windowHolderOn(
  project: ReportedProject,
  others: readonly ReportedProject[],
  day: string,
  t: PipelineThresholds,
): WindowHolder | null {
  const holders = others
    .filter((o) => o.id !== project.id && o.first_reported_on !== null && sameCompany(o, project))
    .filter((o) => o.first_report_unit_id !== project.first_report_unit_id)
    .filter((o) => reportDuties(o.total_investment_wan, o.foreign_capital_wan_usd, t).firstReport)
    .map((o) => ({ o, until: addMonths(o.first_reported_on!, t.firstTalkMonths) }))
    .filter(({ o, until }) => o.first_reported_on! <= day && day <= until)
    .sort((a, b) => a.o.first_reported_on!.localeCompare(b.o.first_reported_on!) || a.o.id - b.o.id)
  const first = holders[0]
  if (!first) return null
  return {
    project_id: first.o.id,
    project_code: first.o.code,
    unit_id: first.o.first_report_unit_id,
    from: first.o.first_reported_on!,
    until: first.until,
  }
}

export const breachKinds = ['not_first_reported', 'first_report_window', 'not_pre_reported'] as const
export type BreachKind = (typeof breachKinds)[number]

export interface Breach {
  kind: BreachKind
  reason: string
  reason_zh: string
}

/** What a signed project broke, with the reason in both languages; nothing for a project not signed. */
export function reportBreaches(
  project: ReportedProject,
  others: readonly ReportedProject[],
  t: PipelineThresholds,
): Breach[] {
  const signed = project.signed_on
  if (!signed) return []
  const duties = reportDuties(project.total_investment_wan, project.foreign_capital_wan_usd, t)
  const breaches: Breach[] = []
  if (duties.firstReport && (!project.first_reported_on || project.first_reported_on > signed))
    breaches.push({
      kind: 'not_first_reported',
      reason: `signed on ${signed} without a first report before it (≥ 10亿元 or ≥ 1亿美元)`,
      reason_zh: `${signed} 签约前未首报（10亿元或1亿美元以上项目）`,
    })
  const holder = windowHolderOn(project, others, signed, t)
  if (holder)
    breaches.push({
      kind: 'first_report_window',
      reason: `signed on ${signed} within another unit’s first-talk window (${holder.project_code}, until ${holder.until})`,
      reason_zh: `${signed} 签约时处于其他单位首谈期内（${holder.project_code}，至 ${holder.until}）`,
    })
  const latest = addDays(signed, -t.preReportDays)
  if (
    (duties.preReportBeforeSigning || project.landmark) &&
    (!project.pre_reported_on || project.pre_reported_on > latest)
  )
    breaches.push({
      kind: 'not_pre_reported',
      reason: `not pre-reported ${t.preReportDays} days before signing on ${signed} (by ${latest})`,
      reason_zh: `未在签约（${signed}）前 ${t.preReportDays} 日预报（应于 ${latest} 前）`,
    })
  return breaches
}

/** The projects a breach excludes from ranking credit and from city-level incentives. */
export function breachedProjectIds(reported: readonly ReportedProject[], t: PipelineThresholds): Set<number> {
  return new Set(reported.filter((p) => reportBreaches(p, reported, t).length > 0).map((p) => p.id))
}
