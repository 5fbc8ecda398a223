import { describe, expect, it } from 'vitest'
import { defaultThresholds as t } from '../../../server/projects/project-rules.js'
import { type ReportedProject, reportBreaches, windowHolderOn } from '../../../server/projects/report-breaches.js'

const TOWN_A = 101
const TOWN_B = 102
const project = (over: Partial<ReportedProject>): ReportedProject => ({
  id: 1,
  code: 'XM-1',
  investor_name: '宁波某某新能源科技有限公司',
  investor_credit_code: null,
  first_report_unit_id: TOWN_A,
  first_reported_on: '2026-03-01',
  pre_reported_on: null,
  signed_on: null,
  total_investment_wan: 150_000,
  foreign_capital_wan_usd: null,
  landmark: false,
  ...over,
})
// Town A reported the company on 1 March: its window runs to 1 April.
const heldByA = project({ id: 1, code: 'XM-A', investor_credit_code: '91350100M000100Y43' })

describe('who holds a company’s first-talk window', () => {
  it('tells town B that town A holds it until a month after its report, matched by credit code', () => {
    const byB = project({
      id: 2,
      code: 'XM-B',
      first_report_unit_id: TOWN_B,
      investor_name: '另一个名字',
      investor_credit_code: '91350100M000100Y43',
    })
    expect(windowHolderOn(byB, [heldByA], '2026-03-20', t)).toEqual({
      project_id: 1,
      project_code: 'XM-A',
      unit_id: TOWN_A,
      from: '2026-03-01',
      until: '2026-04-01',
    })
    expect(windowHolderOn(byB, [heldByA], '2026-04-02', t)).toBeNull()
  })

  it('matches by normalised name where a code is missing, and not a different company', () => {
    const sameName = project({ id: 2, first_report_unit_id: TOWN_B, investor_name: '某某新能源科技（宁波）有限公司' })
    const other = project({ id: 3, first_report_unit_id: TOWN_B, investor_name: '某某储能科技有限公司' })
    const noCode = { ...heldByA, investor_credit_code: null }
    expect(windowHolderOn(sameName, [noCode], '2026-03-10', t)?.unit_id).toBe(TOWN_A)
    expect(windowHolderOn(other, [noCode], '2026-03-10', t)).toBeNull()
  })

  it('opens no window below 10亿元 and 1亿美元, and none against the holder itself', () => {
    const small = { ...heldByA, total_investment_wan: 90_000 }
    const byB = project({ id: 2, first_report_unit_id: TOWN_B, investor_credit_code: '91350100M000100Y43' })
    expect(windowHolderOn(byB, [small], '2026-03-10', t)).toBeNull()
    expect(
      windowHolderOn(project({ id: 2, investor_credit_code: '91350100M000100Y43' }), [heldByA], '2026-03-10', t),
    ).toBeNull()
  })
})

describe('breaches of the report duties (001 §3)', () => {
  it('flags a signing by town B inside town A’s window', () => {
    const byB = project({
      id: 2,
      first_report_unit_id: TOWN_B,
      first_reported_on: '2026-03-05',
      investor_credit_code: '91350100M000100Y43',
      signed_on: '2026-03-25',
    })
    expect(reportBreaches(byB, [heldByA], t).map((b) => b.kind)).toEqual(['first_report_window'])
    expect(reportBreaches({ ...byB, signed_on: '2026-04-02' }, [heldByA], t)).toEqual([])
  })

  it('flags a big project signed without a first report, or reported only after', () => {
    expect(reportBreaches(project({ first_reported_on: null, signed_on: '2026-05-01' }), [], t)[0]).toMatchObject({
      kind: 'not_first_reported',
      reason_zh: '2026-05-01 签约前未首报（10亿元或1亿美元以上项目）',
    })
    expect(reportBreaches(project({ first_reported_on: '2026-05-02', signed_on: '2026-05-01' }), [], t)).toHaveLength(1)
  })

  it('flags a 30亿元 signing pre-reported less than a week before, and passes one reported 7 days before', () => {
    const big = project({ total_investment_wan: 300_000, signed_on: '2026-05-10' })
    expect(reportBreaches({ ...big, pre_reported_on: '2026-05-05' }, [], t).map((b) => b.kind)).toEqual([
      'not_pre_reported',
    ])
    expect(reportBreaches({ ...big, pre_reported_on: '2026-05-03' }, [], t)).toEqual([])
    expect(
      reportBreaches(
        project({ total_investment_wan: 5_000, first_reported_on: null, landmark: true, signed_on: '2026-05-10' }),
        [],
        t,
      ).map((b) => b.kind),
    ).toEqual(['not_pre_reported'])
  })
})
