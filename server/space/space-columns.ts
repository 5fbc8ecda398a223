/**
 * Pure: the columns of a 载体清单 as parks and bureaus head them, one row per unit with its building's facts repeated,
 * and the cell words for kinds and statuses. Headers are compared without spaces, brackets or units.
 */
import type { BuildingKind } from './space-enums.js'

export const spaceFields = [
  'building_code',
  'building_name',
  'kind',
  'region',
  'park',
  'address',
  'lon',
  'lat',
  'floors',
  'gross_m2',
  'contact',
  'unit_code',
  'floor',
  'area_m2',
  'clear_height_m',
  'floor_load',
  'crane_t',
  'power_kva',
  'rent',
  'status',
] as const
export type SpaceField = (typeof spaceFields)[number]

const synonyms: Record<SpaceField, readonly string[]> = {
  building_code: ['载体编号', '楼宇编号', '厂房编号', '编号', 'buildingcode', 'code'],
  building_name: ['载体名称', '楼宇名称', '厂房名称', '项目名称', '名称', 'building', 'name'],
  kind: ['类型', '载体类型', 'kind', 'type'],
  region: ['所在区县', '区县', '所属区县', 'district', 'region'],
  park: ['所在园区', '园区', '所属园区', 'park'],
  address: ['地址', '位置', '坐落', 'address', 'location'],
  lon: ['经度', 'lon', 'lng', 'longitude', 'x'],
  lat: ['纬度', 'lat', 'latitude', 'y'],
  floors: ['楼层数', '总层数', '层数', 'floors'],
  gross_m2: ['建筑面积', '总建筑面积', 'grossarea', 'grossm2'],
  contact: ['联系人', '联系电话', '联系方式', 'contact', 'phone'],
  unit_code: ['单元', '单元号', '房号', '单元编号', 'unit'],
  floor: ['楼层', '所在楼层', 'floor'],
  area_m2: ['可租售面积', '面积', '单元面积', '租赁面积', 'area', 'aream2'],
  clear_height_m: ['层高', '净高', 'clearheight', 'height'],
  floor_load: ['承重', '楼面荷载', '荷载', 'floorload', 'load'],
  crane_t: ['行车', '行车吨位', '起重', 'crane'],
  power_kva: ['电力', '用电容量', '变压器容量', 'power', 'kva'],
  rent: ['租金', '租金单价', '月租金', 'rent'],
  status: ['状态', '租售状态', 'status'],
}

/** A header as compared: no spaces, no bracketed unit ("面积(㎡)" → 面积), lower case. */
export const headerKey = (header: string) =>
  header
    .normalize('NFKC')
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s_\-/]/g, '')
    .toLowerCase()

/** Each field's column, first match wins; a header naming no field is reported as not imported. */
export function mapSpaceHeaders(headers: readonly string[]): {
  columns: Partial<Record<SpaceField, string>>
  unused: string[]
} {
  const columns: Partial<Record<SpaceField, string>> = {}
  const unused: string[] = []
  for (const header of headers) {
    const key = headerKey(header)
    const field = spaceFields.find((f) => columns[f] === undefined && synonyms[f].some((s) => headerKey(s) === key))
    if (field) columns[field] = header
    else unused.push(header)
  }
  return { columns, unused }
}

const kindWords: readonly (readonly [BuildingKind, RegExp])[] = [
  ['small_firm_park', /小微|small/i],
  ['standard_factory', /厂房|factory/i],
  ['incubator', /孵化|众创|incubator/i],
  ['warehouse', /仓|物流|warehouse/i],
  ['town', /小镇|town/i],
  ['office', /楼宇|写字楼|商务|办公|office/i],
]
export const kindOfText = (text: string): BuildingKind | undefined => kindWords.find(([, re]) => re.test(text))?.[0]

/** 空置/待租/可租 → vacant, 已租/已售/出租 → let; a reservation belongs to the pipeline, never to a list. */
export function statusOfText(text: string): 'vacant' | 'let' | undefined {
  if (text.trim() === '' || /空置|待租|可租|招租|vacant|available/i.test(text)) return 'vacant'
  if (/已租|已售|出租|在租|let|sold|occupied/i.test(text)) return 'let'
  return undefined
}
