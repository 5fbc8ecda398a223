import type { ParcelStatus } from './parcels.table.js'
import type { ParcelFilter } from './parcels-query.schema.js'

/** Pure: the filters of a download in words, for its title row (in Chinese, as the lists circulate). */

const STATUS_NAMES: Record<ParcelStatus, string> = {
  available: '可供',
  reserve: '储备',
  intended: '意向',
  supplied: '已供',
  building: '在建',
  built: '已建',
  idle: '闲置',
}

const DISTANCES = [
  ['max_km_port', '距港口'],
  ['max_km_rail_station', '距火车站'],
  ['max_km_interchange', '距高速互通'],
  ['max_km_airport', '距机场'],
] as const

const yesNo = (value: boolean) => (value ? '是' : '否')

export interface PlaceLabels {
  region?: string
  park?: string
}

function limitWords(filter: ParcelFilter): string[] {
  const words: string[] = []
  if (filter.min_mu !== undefined) words.push(`面积≥${filter.min_mu}亩`)
  if (filter.max_mu !== undefined) words.push(`面积≤${filter.max_mu}亩`)
  if (filter.max_price !== undefined) words.push(`起始价≤${filter.max_price}万元/亩`)
  for (const [key, label] of DISTANCES) {
    const limit = filter[key]
    if (limit !== undefined) words.push(`${label}≤${limit}公里`)
  }
  return words
}

/** "状态：可供；面积≥100亩；距港口≤10公里；…", or "全部" when nothing is filtered. */
export function filterCaption(filter: ParcelFilter, places: PlaceLabels = {}): string {
  const words: string[] = []
  if (filter.status?.length) words.push(`状态：${filter.status.map((s) => STATUS_NAMES[s]).join('、')}`)
  if (filter.land_use) words.push(`用地性质：${filter.land_use}`)
  words.push(...limitWords(filter))
  if (filter.region !== undefined) words.push(`区县：${places.region ?? filter.region}`)
  if (filter.park !== undefined) words.push(`园区：${places.park ?? filter.park}`)
  if (filter.net_land !== undefined) words.push(`净地：${yesNo(filter.net_land)}`)
  if (filter.standard_land !== undefined) words.push(`标准地：${yesNo(filter.standard_land)}`)
  if (filter.q) words.push(`关键词：${filter.q}`)
  return words.length > 0 ? `筛选条件 ${words.join('；')}` : '筛选条件 全部'
}

/** The land list is 可供招商 when it lists available land only. */
export function landListTitle(filter: ParcelFilter): string {
  return filter.status?.length === 1 && filter.status[0] === 'available' ? '可供招商土地清单' : '土地清单'
}
