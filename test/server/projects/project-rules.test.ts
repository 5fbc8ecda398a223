import { describe, expect, it } from 'vitest'
import {
  addMonths,
  approvalTier,
  canMove,
  creditShares,
  landLate,
  landWarningShare,
  reportDuties,
  stageLight,
} from '../../../server/projects/project-rules.js'

describe('approval tiers by land (rule 6), at the boundaries', () => {
  it.each([
    ['services', 19.9, 'deputy_head'],
    ['services', 20, 'deputy_head'],
    ['services', 20.1, 'head_office_meeting'],
    ['tourism', 50, 'head_office_meeting'],
    ['commerce', 50.1, 'standing_committee'],
    ['industrial', 30, 'deputy_head'],
    ['industrial', 30.1, 'head_office_meeting'],
    ['industrial', 50, 'head_office_meeting'],
    ['industrial', 50.1, 'standing_committee'],
    ['none', null, 'deputy_head_after_head'],
    ['none', 12, 'deputy_head_after_head'],
    ['services', 0, 'deputy_head_after_head'],
    ['industrial', 0, 'deputy_head_after_head'],
    ['industrial', null, 'deputy_head'],
  ] as const)('%s land of %s mu → %s', (category, mu, tier) => {
    expect(approvalTier(category, mu).tier).toBe(tier)
  })

  it('goes one tier up for special support, never past the standing committee, and says why', () => {
    expect(approvalTier('industrial', 30, true)).toEqual({
      tier: 'head_office_meeting',
      rule: 'industrial land ≤ 30 mu; 一事一议 special support: one tier up',
      ruleZh: '工业用地 ≤ 30 亩；一事一议，提高一级',
    })
    expect(approvalTier('industrial', 80, true).tier).toBe('standing_committee')
  })

  it('gives a project without land T0 with its own rule, not the smallest land tier’s (a services project of 0 mu)', () => {
    expect(approvalTier('services', 0)).toEqual({
      tier: 'deputy_head_after_head',
      rule: 'no land: deputy county head after the county head agrees',
      ruleZh: '非用地项目：经县长同意后由分管副县长审批',
    })
    expect(approvalTier('none', null, true).tier).toBe('head_office_meeting')
  })
})

describe('first report and pre-report (rule 4)', () => {
  it('registers from 10亿元 or 1亿美元, not below', () => {
    expect(reportDuties(99_900, 0).firstReport).toBe(false)
    expect(reportDuties(100_000, 0).firstReport).toBe(true)
    expect(reportDuties(0, 9_999).firstReport).toBe(false)
    expect(reportDuties(0, 10_000)).toEqual({ firstReport: true, preReportBeforeSigning: true })
  })

  it('asks for a pre-report from 30亿元', () => {
    expect(reportDuties(299_999, 0).preReportBeforeSigning).toBe(false)
    expect(reportDuties(300_000, 0).preReportBeforeSigning).toBe(true)
  })
})

describe('6-month land warning and the 5% line (rule 3)', () => {
  it('adds calendar months, clamping to the month’s end', () => {
    expect(addMonths('2026-03-15', 6)).toBe('2026-09-15')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29')
  })

  it('warns from the day after six months, not on the day, not once land is supplied', () => {
    expect(landLate('2026-03-15', null, '2026-09-14')).toBe(false)
    expect(landLate('2026-03-15', null, '2026-09-15')).toBe(false)
    expect(landLate('2026-03-15', null, '2026-09-16')).toBe(true)
    expect(landLate('2026-03-15', '2026-09-15', '2027-01-01')).toBe(false)
    expect(landLate('2026-03-15', '2026-09-16', '2027-01-01')).toBe(true)
    expect(landLate(null, null, '2027-01-01')).toBe(false)
  })

  it('crosses the line only above 5%', () => {
    expect(landWarningShare(20, 1)).toEqual({ share: 0.05, overLine: false })
    expect(landWarningShare(19, 1).overLine).toBe(true)
    expect(landWarningShare(0, 0)).toEqual({ share: 0, overLine: false })
  })
})

describe('stage lights, transitions and credit', () => {
  it('turns yellow at 80% of the days allowed and red past them', () => {
    expect(stageLight('negotiating', '2026-01-01', '2026-03-13').light).toBe('green') // 71 days
    expect(stageLight('negotiating', '2026-01-01', '2026-03-14').light).toBe('yellow') // 72 = 80% of 90
    expect(stageLight('negotiating', '2026-01-01', '2026-04-01').light).toBe('yellow') // 90
    expect(stageLight('negotiating', '2026-01-01', '2026-04-02')).toEqual({ light: 'red', days: 91, allowed: 90 })
    expect(stageLight('full_capacity', '2020-01-01', '2026-01-01').light).toBe('green')
  })

  it('allows only lifecycle moves', () => {
    expect(canMove('negotiating', 'signed')).toBe(true)
    expect(canMove('lead', 'signed')).toBe(false)
    expect(canMove('signed', 'negotiating')).toBe(false)
    expect(canMove('dropped', 'lead')).toBe(false)
  })

  it('shares credit 5:5 between introducing and landing places', () => {
    expect(creditShares(1, 2)).toEqual([
      { region: 1, share: 0.5 },
      { region: 2, share: 0.5 },
    ])
    expect(creditShares(3, 3)).toEqual([{ region: 3, share: 1 }])
    expect(creditShares(null, null)).toEqual([])
  })
})
