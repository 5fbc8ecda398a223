/**
 * Pure rules of the project pipeline (DOMAIN.md rules 2–6), computed from a project's figures and dates,
 * never typed in. Thresholds are configuration; the defaults are the policy documents' values.
 */
import type { LandCategory, ProjectStage } from './projects.table.js'

export interface PipelineThresholds {
  /** 万元: first report and 1-month exclusive first talks (001 §3): ≥ 10亿元 … */
  firstReportWan: number
  /** … or ≥ 1亿美元 of foreign capital (万美元). */
  firstReportUsdWan: number
  /** Signing pre-report one week before: ≥ 30亿元 or ≥ 1亿美元. */
  preReportWan: number
  preReportUsdWan: number
  /** Months of exclusive first talks for the first reporter. */
  firstTalkMonths: number
  /** Days before signing that the pre-report is due. */
  preReportDays: number
  /** Signed without land-use rights after this many months: a warning (003 §23) … */
  landWarningMonths: number
  /** … and a jurisdiction above this share of the year's signings cannot be rated advanced. */
  landWarningShare: number
  /** Days a project may stay in a stage before its light turns red; yellow from `yellowAt` of that. */
  stageDays: Partial<Record<ProjectStage, number>>
  yellowAt: number
}

export const defaultThresholds: PipelineThresholds = {
  firstReportWan: 100_000,
  firstReportUsdWan: 10_000,
  preReportWan: 300_000,
  preReportUsdWan: 10_000,
  firstTalkMonths: 1,
  preReportDays: 7,
  landWarningMonths: 6,
  landWarningShare: 0.05,
  stageDays: {
    lead: 30,
    assessed: 30,
    negotiating: 90,
    signed: 180,
    land_supplied: 180,
    construction: 540,
    production: 365,
  },
  yellowAt: 0.8,
}

/** Allowed moves through the lifecycle; anything else is refused. 终止 and 流转 end a project. */
export const transitions: Readonly<Record<ProjectStage, readonly ProjectStage[]>> = {
  lead: ['assessed', 'dropped'],
  assessed: ['negotiating', 'dropped', 'transferred'],
  negotiating: ['signed', 'dropped', 'transferred'],
  signed: ['land_supplied', 'dropped', 'transferred'],
  land_supplied: ['construction', 'dropped'],
  construction: ['production', 'dropped'],
  production: ['full_capacity'],
  full_capacity: [],
  dropped: [],
  transferred: [],
}

export const canMove = (from: ProjectStage, to: ProjectStage) => transitions[from].includes(to)

/** The approval tiers; T0 (no land: the deputy county head once the county head agrees) is a tier of its own. */
export const approvalTiers = [
  'deputy_head_after_head',
  'deputy_head',
  'head_office_meeting',
  'standing_committee',
] as const
export type ApprovalTier = (typeof approvalTiers)[number]

/** 一事一议 goes one tier up: from T0 as from a small land project's deputy head, to the head's office meeting. */
const oneTierUp: Record<ApprovalTier, ApprovalTier> = {
  deputy_head_after_head: 'head_office_meeting',
  deputy_head: 'head_office_meeting',
  head_office_meeting: 'standing_committee',
  standing_committee: 'standing_committee',
}

/**
 * Who approves (004 §2(5), annex 4): services-type land ≤ 20 mu and industrial ≤ 30 mu → deputy county head;
 * up to 50 mu → the county head's office meeting; more → the county Party standing committee. Projects
 * without land (category `none`, or 0 mu asked) go to the deputy head after the county head agrees (T0). 一事一议
 * support goes one tier up.
 */
export interface TierDecision {
  tier: ApprovalTier
  /** The rule that decided it, in English and in the documents' Chinese. */
  rule: string
  ruleZh: string
}

export function approvalTier(category: LandCategory, landMu: number | null, specialSupport = false): TierDecision {
  const base = category === 'none' || landMu === 0 ? withoutLand : baseTier(category, landMu ?? 0)
  if (!specialSupport) return base
  return {
    tier: oneTierUp[base.tier],
    rule: `${base.rule}; 一事一议 special support: one tier up`,
    ruleZh: `${base.ruleZh}；一事一议，提高一级`,
  }
}

const withoutLand: TierDecision = {
  tier: 'deputy_head_after_head',
  rule: 'no land: deputy county head after the county head agrees',
  ruleZh: '非用地项目：经县长同意后由分管副县长审批',
}

/** A land project's tier by its category and the mu it asks (an area not yet stated counts as the smallest). */
function baseTier(category: Exclude<LandCategory, 'none'>, mu: number): TierDecision {
  const small = category === 'industrial' ? 30 : 20
  const kind = category === 'industrial' ? 'industrial' : 'tourism/health/services/agriculture/commerce'
  const kindZh = category === 'industrial' ? '工业' : '文旅、康养、服务业、农业、商贸'
  if (mu <= small)
    return { tier: 'deputy_head', rule: `${kind} land ≤ ${small} mu`, ruleZh: `${kindZh}用地 ≤ ${small} 亩` }
  if (mu <= 50)
    return { tier: 'head_office_meeting', rule: `${kind} land ${small}–50 mu`, ruleZh: `${kindZh}用地 ${small}–50 亩` }
  return { tier: 'standing_committee', rule: `${kind} land > 50 mu`, ruleZh: `${kindZh}用地 > 50 亩` }
}

/** 首报首谈 and pre-report duties from the amounts (万元, 万美元). */
export function reportDuties(
  totalWan: number | null,
  foreignUsdWan: number | null,
  t: PipelineThresholds = defaultThresholds,
) {
  const wan = totalWan ?? 0
  const usd = foreignUsdWan ?? 0
  return {
    firstReport: wan >= t.firstReportWan || usd >= t.firstReportUsdWan,
    preReportBeforeSigning: wan >= t.preReportWan || usd >= t.preReportUsdWan,
  }
}

/** A calendar date `months` later, clamped to the month's last day (31 Aug + 6 months = 28 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return target.toISOString().slice(0, 10)
}

/** The day by which a signed project must hold land-use rights (the day itself is still within). */
export const landDeadline = (signedOn: string, t: PipelineThresholds = defaultThresholds) =>
  addMonths(signedOn, t.landWarningMonths)

/**
 * Counts against the jurisdiction (003 §23): signed, and land-use rights not obtained within the months allowed —
 * still without them after the deadline, or obtained only after it.
 */
export function landLate(
  signedOn: string | null,
  landRightsOn: string | null,
  today: string,
  t: PipelineThresholds = defaultThresholds,
): boolean {
  if (!signedOn) return false
  const deadline = landDeadline(signedOn, t)
  return landRightsOn ? landRightsOn > deadline : today > deadline
}

/** A jurisdiction's year: the share of signings overdue for land, and whether it crosses the line. */
export function landWarningShare(signed: number, overdue: number, t: PipelineThresholds = defaultThresholds) {
  const share = signed === 0 ? 0 : overdue / signed
  return { share, overLine: share > t.landWarningShare }
}

export type Light = 'green' | 'yellow' | 'red'

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** Red past the days allowed in the stage, yellow from `yellowAt` of them, green before; stages without a limit stay green. */
export function stageLight(
  stage: ProjectStage,
  since: string,
  today: string,
  t: PipelineThresholds = defaultThresholds,
): { light: Light; days: number; allowed: number | null } {
  const days = daysBetween(since, today)
  const allowed = t.stageDays[stage] ?? null
  if (allowed === null) return { light: 'green', days, allowed }
  return { light: days > allowed ? 'red' : days >= allowed * t.yellowAt ? 'yellow' : 'green', days, allowed }
}

/** 5:5 credit between the introducing and the landing jurisdiction (000 §2); one place keeps it all. */
export function creditShares(
  firstReportRegion: number | null,
  landingRegion: number | null,
): { region: number; share: number }[] {
  if (firstReportRegion && landingRegion && firstReportRegion !== landingRegion)
    return [
      { region: firstReportRegion, share: 0.5 },
      { region: landingRegion, share: 0.5 },
    ]
  const only = landingRegion ?? firstReportRegion
  return only ? [{ region: only, share: 1 }] : []
}

/** A date `days` later (negative: earlier). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** Stages in which a project is still being talked about, before any signing. */
export const talkingStages: readonly ProjectStage[] = ['lead', 'assessed', 'negotiating']
/** Stages that mean the project was signed (its land then counts as demand or as taken). */
export const signedStages: readonly ProjectStage[] = [
  'signed',
  'land_supplied',
  'construction',
  'production',
  'full_capacity',
]
