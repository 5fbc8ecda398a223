import type { Sheet } from '../land/land-lists.js'
import type { PublicUnit, StaffUnit } from './space.schema.js'
import type { UnitFilters } from './space-query.schema.js'

/** 载体清单 as bureaus circulate it: one row a unit, with whom to call. */
export const UNIT_LIST_TITLE = '载体清单（可租售空间）'

const kindNames: Record<PublicUnit['kind'], string> = {
  standard_factory: '标准厂房',
  small_firm_park: '小微企业园',
  office: '商务楼宇',
  incubator: '孵化器',
  warehouse: '仓储',
  town: '特色小镇',
}
const statusNames: Record<PublicUnit['status'], string> = { vacant: '空置', reserved: '已预留', let: '已租售' }

const publicHeaders = [
  '序号',
  '载体名称',
  '单元',
  '位置',
  '类型',
  '可租售面积(㎡)',
  '楼层',
  '层高(m)',
  '承重(kN/㎡)',
  '行车(t)',
  '电力(kVA)',
  '租金(元/㎡/月)',
  '联系人',
]

/** The rows exactly as filtered; staff also see each unit's status. */
export function unitSheet(
  units: readonly (PublicUnit | StaffUnit)[],
  contacts: ReadonlyMap<number, string | null>,
  staff: boolean,
): Sheet {
  const rows = units.map((u, index) => [
    index + 1,
    u.building_name,
    u.code,
    [u.region_name, u.park_name].filter(Boolean).join(' '),
    kindNames[u.kind],
    u.area_m2,
    u.floor,
    u.clear_height_m,
    u.floor_load_kn,
    u.crane_t,
    u.power_kva,
    u.rent_yuan_m2_month,
    contacts.get(u.building_id) ?? '',
    ...(staff ? [statusNames[u.status]] : []),
  ])
  return { title: UNIT_LIST_TITLE, headers: staff ? [...publicHeaders, '状态'] : publicHeaders, rows }
}

const captions: [keyof UnitFilters, string, string][] = [
  ['min_m2', '面积≥', '㎡'],
  ['max_m2', '面积≤', '㎡'],
  ['min_floor_load', '承重≥', 'kN/㎡'],
  ['min_clear_height', '层高≥', 'm'],
  ['min_power_kva', '电力≥', 'kVA'],
  ['min_crane_t', '行车≥', 't'],
  ['max_rent', '租金≤', '元/㎡/月'],
]

/** What the rows were selected by, in the words of the list's reader; place names resolved by the caller. */
export function unitFilterCaption(filters: UnitFilters, places: { region?: string; park?: string }): string {
  const parts = captions.flatMap(([key, label, unit]) =>
    filters[key] === undefined ? [] : [`${label}${filters[key]}${unit}`],
  )
  if (filters.ground_floor) parts.push('仅首层')
  if (filters.kind) parts.push(kindNames[filters.kind])
  if (places.region) parts.push(places.region)
  if (places.park) parts.push(places.park)
  return parts.length > 0 ? `筛选条件：${parts.join('，')}` : '全部可租售空间'
}
