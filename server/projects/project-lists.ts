/** Pure: the four dynamic lists of 002 (在谈、签约、动建、投产) and their sheets for Excel. */
import type { Cell, Sheet } from '../land/land-lists.js'
import type { ProjectFeature } from './projects.schema.js'
import type { ProjectStage } from './projects.table.js'

export const dynamicLists = {
  negotiating: { title: '在谈项目清单', stages: ['negotiating'], dateHeader: '进入在谈' },
  signed: { title: '签约项目清单', stages: ['signed', 'land_supplied'], dateHeader: '签约日期' },
  building: { title: '动建项目清单', stages: ['construction'], dateHeader: '开工日期' },
  production: { title: '投产项目清单', stages: ['production', 'full_capacity'], dateHeader: '投产日期' },
} as const satisfies Record<string, { title: string; stages: readonly ProjectStage[]; dateHeader: string }>
export const dynamicListKeys = [
  'negotiating',
  'signed',
  'building',
  'production',
] as const satisfies readonly (keyof typeof dynamicLists)[]
export type DynamicList = (typeof dynamicListKeys)[number]

const stageNames: Record<ProjectStage, string> = {
  lead: '线索',
  assessed: '研判',
  negotiating: '在谈',
  signed: '签约',
  land_supplied: '供地',
  construction: '开工',
  production: '投产',
  full_capacity: '达产',
  dropped: '终止',
  transferred: '流转',
}
const lightNames = { green: '绿', yellow: '黄', red: '红' } as const
const tierNames = {
  deputy_head_after_head: '县长同意后分管副县长',
  deputy_head: '分管副县长',
  head_office_meeting: '县长办公会议',
  standing_committee: '县委常委会',
} as const

const HEADERS = [
  '序号',
  '项目编号',
  '项目名称',
  '投资方',
  '产业链',
  '总投资(万元)',
  '外资(万美元)',
  '用地(亩)',
  '落地单位',
  '阶段',
  '审批层级',
  '预警',
  '负责人',
]

/** The date that list is about: signing for 签约, the stage's start for the others. */
function listDate(list: DynamicList, p: ProjectFeature['properties']): string | null {
  return list === 'signed' ? p.signed_on : p.stage_changed_on
}

export function inList(list: DynamicList, p: ProjectFeature['properties']): boolean {
  return (dynamicLists[list].stages as readonly ProjectStage[]).includes(p.stage)
}

export function projectListSheet(list: DynamicList, projects: readonly ProjectFeature[]): Sheet {
  const { title, dateHeader } = dynamicLists[list]
  const rows = projects.map(({ properties: p }, i): Cell[] => [
    i + 1,
    p.code,
    p.name,
    p.investor_name,
    p.chain_name,
    p.total_investment_wan,
    p.foreign_capital_wan_usd,
    p.land_need_mu,
    [p.landing_region_name, p.landing_town, p.park_name].filter(Boolean).join(' · ') || null,
    `${stageNames[p.stage]}（${listDate(list, p) ?? '—'}）`,
    tierNames[p.approval_tier],
    lightNames[p.light],
    p.responsible,
  ])
  return { title, headers: [...HEADERS.slice(0, 9), `阶段（${dateHeader}）`, ...HEADERS.slice(10)], rows }
}
