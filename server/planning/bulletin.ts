/** 季通报 as bureaus print it (000 §3: 月排位、季通报、年考核), pure: one sheet per level from the bulletin's rows. */
import type { RankedLevel, UnitMetric } from '../jurisdictions/jurisdictions.table.js'
import type { Sheet } from '../land/land-lists.js'
import type { Light } from '../projects/project-rules.js'

export interface BulletinRow {
  name: string
  rank: number
  rank_last_quarter: number | null
  score: number
  light: Light
  metrics: { metric: UnitMetric; target: number; achieved: number; completion: number; light: Light }[]
}

export interface BulletinSection {
  level: RankedLevel
  rows: BulletinRow[]
}

const levelNames: Record<RankedLevel, string> = {
  district: '区县',
  town: '镇（街道）',
  platform: '产业平台',
  department: '责任部门',
}
const metricNames: Record<UnitMetric, string> = {
  projects_1yi: '亿元以上项目（个）',
  projects_10yi: '10亿元以上项目（个）',
  projects_50yi: '50亿元以上项目（个）',
  foreign_capital_usd_wan: '实际利用外资（万美元）',
  domestic_capital_wan: '到位内资（万元）',
  industrial_land_investment_wan: '工业用地投资（万元）',
}
const lightNames: Record<Light, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' }
const percent = (share: number) => `${Math.round(share * 1000) / 10}%`

/** ▲2 up two places since last quarter, ▼1 down one, ＝ the same, — not ranked then. */
export function rankChange(rank: number, before: number | null): string {
  if (before === null) return '—'
  const up = before - rank
  return up > 0 ? `▲${up}` : up < 0 ? `▼${-up}` : '＝'
}

export function bulletinSheet(
  section: BulletinSection,
  year: number,
  quarter: number,
  asOf: string,
): Sheet & { name: string } {
  const metrics = Object.keys(metricNames).filter((m) =>
    section.rows.some((r) => r.metrics.some((x) => x.metric === m)),
  ) as UnitMetric[]
  const cell = (row: BulletinRow, metric: UnitMetric) => {
    const m = row.metrics.find((x) => x.metric === metric)
    return m ? `${m.achieved} / ${m.target}（${percent(m.completion)}，${lightNames[m.light]}）` : '—'
  }
  return {
    name: levelNames[section.level],
    title: `${year}年第${quarter}季度招商引资“赛马”通报 · ${levelNames[section.level]}`,
    caption: `截至 ${asOf}`,
    headers: ['名次', '较上季', '单位', ...metrics.map((m) => metricNames[m]), '综合完成率', '灯色'],
    rows: section.rows.map((r) => [
      r.rank,
      rankChange(r.rank, r.rank_last_quarter),
      r.name,
      ...metrics.map((m) => cell(r, m)),
      percent(r.score),
      lightNames[r.light],
    ]),
  }
}
