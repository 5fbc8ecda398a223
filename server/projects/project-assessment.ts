/**
 * Everything the rules say about one project on one day, from its figures and dates alone (pure):
 * the approval tier and the rule that decided it, report duties, the first-talk countdown, the land deadline,
 * the stage light, the allowed next stages and the warnings that go to the inbox.
 */
import {
  type ApprovalTier,
  addDays,
  addMonths,
  approvalTier,
  daysBetween,
  type Light,
  landDeadline,
  landLate,
  type PipelineThresholds,
  reportDuties,
  signedStages,
  stageLight,
  talkingStages,
  transitions,
} from './project-rules.js'
import type { LandCategory, ProjectStage } from './projects.table.js'

export interface ProjectFacts {
  stage: ProjectStage
  stage_changed_on: string
  signed_on: string | null
  land_rights_on: string | null
  first_reported_on: string | null
  planned_signing_on: string | null
  total_investment_wan: number | null
  foreign_capital_wan_usd: number | null
  land_need_mu: number | null
  land_category: LandCategory
  special_support: boolean
  landmark: boolean
}

export const warningKinds = [
  'stage_overdue',
  'stage_due',
  'land_late',
  'land_due',
  'first_talk_over',
  'first_talk_ending',
  'pre_report_late',
  'pre_report_due',
] as const
export type WarningKind = (typeof warningKinds)[number]

export interface ProjectWarning {
  kind: WarningKind
  level: Exclude<Light, 'green'>
  /** The day the duty falls due or fell due. */
  due_on: string
  /** Days until `due_on`; negative once past. */
  days_left: number
}

export interface ProjectAssessment {
  approval_tier: ApprovalTier
  approval_rule: string
  approval_rule_zh: string
  first_report: boolean
  pre_report: boolean
  first_talk_ends_on: string | null
  pre_report_due_on: string | null
  land_deadline: string | null
  land_late: boolean
  light: Light
  days_in_stage: number
  days_allowed: number | null
  next_stages: ProjectStage[]
  warnings: ProjectWarning[]
}

/** Yellow warnings this many days before a land deadline or the end of first talks. */
const SOON_DAYS = { land: 30, firstTalk: 7 }

export function assessProject(p: ProjectFacts, today: string, t: PipelineThresholds): ProjectAssessment {
  const { tier, rule, ruleZh } = approvalTier(p.land_category, p.land_need_mu, p.special_support)
  const duties = reportDuties(p.total_investment_wan, p.foreign_capital_wan_usd, t)
  const preReport = duties.preReportBeforeSigning || p.landmark
  const talking = talkingStages.includes(p.stage)
  const firstTalkEnds =
    duties.firstReport && p.first_reported_on ? addMonths(p.first_reported_on, t.firstTalkMonths) : null
  const preReportDue = preReport && p.planned_signing_on ? addDays(p.planned_signing_on, -t.preReportDays) : null
  const signed = signedStages.includes(p.stage)
  const deadline = signed && p.signed_on ? landDeadline(p.signed_on, t) : null
  const light = stageLight(p.stage, p.stage_changed_on, today, t)
  const warnings: ProjectWarning[] = []
  const warn = (kind: WarningKind, level: ProjectWarning['level'], due_on: string) =>
    warnings.push({ kind, level, due_on, days_left: daysBetween(today, due_on) })
  if (light.light !== 'green')
    warn(
      light.light === 'red' ? 'stage_overdue' : 'stage_due',
      light.light,
      addDays(p.stage_changed_on, light.allowed!),
    )
  if (deadline && !p.land_rights_on) {
    if (today > deadline) warn('land_late', 'red', deadline)
    else if (daysBetween(today, deadline) <= SOON_DAYS.land) warn('land_due', 'yellow', deadline)
  }
  if (firstTalkEnds && talking) {
    if (today > firstTalkEnds) warn('first_talk_over', 'red', firstTalkEnds)
    else if (daysBetween(today, firstTalkEnds) <= SOON_DAYS.firstTalk)
      warn('first_talk_ending', 'yellow', firstTalkEnds)
  }
  if (preReportDue && talking) {
    if (today > preReportDue) warn('pre_report_late', 'red', preReportDue)
    else if (daysBetween(today, preReportDue) <= t.preReportDays) warn('pre_report_due', 'yellow', preReportDue)
  }
  return {
    approval_tier: tier,
    approval_rule: rule,
    approval_rule_zh: ruleZh,
    first_report: duties.firstReport,
    pre_report: preReport,
    first_talk_ends_on: firstTalkEnds,
    pre_report_due_on: preReportDue,
    land_deadline: deadline,
    land_late: signed ? landLate(p.signed_on, p.land_rights_on, today, t) : false,
    light: worstLight(light.light, warnings),
    days_in_stage: light.days,
    days_allowed: light.allowed,
    next_stages: [...transitions[p.stage]],
    warnings,
  }
}

function worstLight(stage: Light, warnings: readonly ProjectWarning[]): Light {
  if (stage === 'red' || warnings.some((w) => w.level === 'red')) return 'red'
  return stage === 'yellow' || warnings.length > 0 ? 'yellow' : 'green'
}

/** The inbox order: red before yellow, then the most overdue (or the soonest due) first. */
export function byUrgency(a: ProjectWarning, b: ProjectWarning): number {
  if (a.level !== b.level) return a.level === 'red' ? -1 : 1
  return a.days_left - b.days_left
}
