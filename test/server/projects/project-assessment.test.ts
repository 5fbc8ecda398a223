import { describe, expect, it } from 'vitest'
import { defaultPipelineConfig as rules } from '../../../server/projects/pipeline-config.js'
import {
  assessProject,
  byUrgency,
  type ProjectFacts,
  type ProjectWarning,
} from '../../../server/projects/project-assessment.js'

const base: ProjectFacts = {
  stage: 'negotiating',
  stage_changed_on: '2026-11-01',
  signed_on: null,
  land_rights_on: null,
  first_reported_on: null,
  planned_signing_on: null,
  total_investment_wan: 5000,
  foreign_capital_wan_usd: null,
  land_need_mu: 20,
  land_category: 'services',
  special_support: false,
  landmark: false,
}
const kinds = (facts: Partial<ProjectFacts>, today: string) =>
  assessProject({ ...base, ...facts }, today, rules).warnings.map((w) => `${w.kind}:${w.days_left}`)

describe('one project on one day', () => {
  it('services land 20 mu is the deputy head’s; 20.1 mu goes to the head’s office meeting', () => {
    expect(assessProject(base, '2026-11-10', rules).approval_tier).toBe('deputy_head')
    expect(assessProject({ ...base, land_need_mu: 20.1 }, '2026-11-10', rules)).toMatchObject({
      approval_tier: 'head_office_meeting',
      approval_rule: 'tourism/health/services/agriculture/commerce land 20–50 mu',
    })
  })

  it('first report from 10亿元 (9.99亿 is not), counted from the day it was reported', () => {
    expect(
      assessProject({ ...base, total_investment_wan: 99_900, first_reported_on: '2026-11-01' }, '2026-11-10', rules),
    ).toMatchObject({ first_report: false, first_talk_ends_on: null })
    expect(
      assessProject({ ...base, total_investment_wan: 100_000, first_reported_on: '2026-11-01' }, '2026-11-10', rules),
    ).toMatchObject({ first_report: true, first_talk_ends_on: '2026-12-01' })
    expect(kinds({ total_investment_wan: 100_000, first_reported_on: '2026-11-01' }, '2026-11-23')).toEqual([])
    expect(kinds({ total_investment_wan: 100_000, first_reported_on: '2026-11-01' }, '2026-11-24')).toEqual([
      'first_talk_ending:7',
    ])
    expect(kinds({ total_investment_wan: 100_000, first_reported_on: '2026-11-01' }, '2026-12-01')).toEqual([
      'first_talk_ending:0',
    ])
    expect(kinds({ total_investment_wan: 100_000, first_reported_on: '2026-11-01' }, '2026-12-02')).toEqual([
      'first_talk_over:-1',
    ])
    // Once signed, the first-talk window no longer matters.
    expect(
      kinds(
        {
          stage: 'signed',
          stage_changed_on: '2026-12-01',
          signed_on: '2026-12-01',
          total_investment_wan: 100_000,
          first_reported_on: '2026-11-01',
        },
        '2026-12-02',
      ),
    ).toEqual([])
  })

  it('pre-report one week before a signing of 30亿元, 1亿美元 or a landmark project', () => {
    const planned = { planned_signing_on: '2026-11-30' }
    expect(
      assessProject({ ...base, ...planned, total_investment_wan: 299_999 }, '2026-11-10', rules).pre_report_due_on,
    ).toBeNull()
    expect(
      assessProject({ ...base, ...planned, total_investment_wan: 300_000 }, '2026-11-10', rules).pre_report_due_on,
    ).toBe('2026-11-23')
    expect(
      assessProject({ ...base, ...planned, foreign_capital_wan_usd: 10_000 }, '2026-11-10', rules).pre_report,
    ).toBe(true)
    expect(assessProject({ ...base, ...planned, landmark: true }, '2026-11-10', rules).pre_report_due_on).toBe(
      '2026-11-23',
    )
    expect(kinds({ ...planned, landmark: true }, '2026-11-15')).toEqual([])
    expect(kinds({ ...planned, landmark: true }, '2026-11-16')).toEqual(['pre_report_due:7'])
    expect(kinds({ ...planned, landmark: true }, '2026-11-24')).toEqual(['pre_report_late:-1'])
  })

  it('land: yellow in the last 30 days before six months, red the day after, silent once land-use rights are in', () => {
    const signed = { stage: 'signed' as const, stage_changed_on: '2026-03-15', signed_on: '2026-03-15' }
    const t = { ...rules, stageDays: {} }
    const warn = (facts: Partial<ProjectFacts>, today: string) =>
      assessProject({ ...base, ...signed, ...facts }, today, t).warnings.map((w) => `${w.kind}:${w.days_left}`)
    expect(warn({}, '2026-08-15')).toEqual([])
    expect(warn({}, '2026-08-16')).toEqual(['land_due:30'])
    expect(warn({}, '2026-09-15')).toEqual(['land_due:0'])
    expect(warn({}, '2026-09-16')).toEqual(['land_late:-1'])
    expect(assessProject({ ...base, ...signed }, '2026-09-16', t)).toMatchObject({ land_late: true, light: 'red' })
    expect(warn({ stage: 'land_supplied', land_rights_on: '2026-09-20' }, '2026-10-01')).toEqual([])
  })

  it('offers only the lifecycle’s next stages', () => {
    expect(assessProject(base, '2026-11-10', rules).next_stages).toEqual(['signed', 'dropped', 'transferred'])
    expect(assessProject({ ...base, stage: 'full_capacity' }, '2026-11-10', rules).next_stages).toEqual([])
  })
})

describe('inbox order', () => {
  it('red before yellow, then the most overdue or the soonest due', () => {
    const w = (level: 'red' | 'yellow', days_left: number): ProjectWarning => ({
      kind: 'stage_due',
      level,
      due_on: '',
      days_left,
    })
    expect([w('yellow', 2), w('red', -1), w('yellow', -3), w('red', -30)].sort(byUrgency)).toEqual([
      w('red', -30),
      w('red', -1),
      w('yellow', -3),
      w('yellow', 2),
    ])
  })
})
