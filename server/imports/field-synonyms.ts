/**
 * Pure: which parcel field each column of a land list holds, told from its header. Bureaus' headers are Chinese,
 * English, or, in Shapefiles (whose DBF names have at most 10 characters), the pinyin initials of the Chinese
 * (DKBH 地块编号, ZL 坐落, YDXZ 用地性质…), of land lists (供地清单), cadastral data (宗地) and planning data (控规).
 * The mapping is proposed from this table and may be changed by the person importing before anything is written.
 */
import { type AreaUnit, type MappableField, mappableFields } from './mappable-fields.js'

/** Coordinate columns of a land list: x is the easting or longitude, y the northing or latitude (or the reverse, in surveyors' order). */
export const coordinateFields: readonly MappableField[] = ['x', 'y']

/**
 * Header words per field, compared after normalising (case, spaces, full-width brackets, the unit in brackets). The
 * earlier a word in its list, the surer the match: 地块编号 wins over a KML's `name` when a file has both.
 */
const synonyms: Readonly<Record<MappableField, readonly string[]>> = {
  code: [
    ...['地块编号', '宗地号', '宗地编号', '宗地代码', '地块代码', '地块号', '编号', '项目编号', '出让编号'],
    ...['dkbh', 'zddm', 'zdh', 'zdbh', 'dkdm', 'dkh', 'bh', 'crbh'],
    ...['code', 'parcelcode', 'parcel_code', 'parcelno', 'parcel_no', 'plotno', 'id', 'name', '名称', 'mc'],
  ],
  location_desc: [
    ...['坐落', '土地坐落', '宗地坐落', '位置', '地块位置', '地址', '四至', '宗地四至'],
    ...['zl', 'tdzl', 'zdzl', 'wz', 'dkwz', 'dz', 'sz', 'zdsz', 'location', 'address'],
  ],
  land_use_code: [
    ...['用地代码', '用途代码', '地类编码', '地类代码', '用地分类代码', '用地类别代码'],
    ...['dlbm', 'dldm', 'ytdm', 'ydlbdm', 'landusecode', 'land_use_code'],
  ],
  land_use_name: [
    ...['用地性质', '土地用途', '用途', '规划用途', '规划用地性质', '地类名称', '用地类别', '批准用途'],
    ...['ydxz', 'tdyt', 'yt', 'ghyt', 'ghydxz', 'dlmc', 'ydlb', 'pzyt', 'landuse', 'land_use', 'use'],
  ],
  area: [
    ...['面积', '用地面积', '宗地面积', '出让面积', '土地面积', '地块面积', '规划用地面积', '净用地面积'],
    ...['mj', 'ydmj', 'zdmj', 'crmj', 'tdmj', 'dkmj', 'ghydmj', 'area', 'shape_area'],
  ],
  start_price: [
    ...['起始价', '挂牌起始价', '起价', '出让起始价', '起始单价', '挂牌价', '底价'],
    ...['qsj', 'gpqsj', 'crqsj', 'qj', 'gpj', 'startprice', 'start_price', 'price'],
  ],
  status: ['状态', '供地状态', '土地状态', '供应状态', 'zt', 'gdzt', 'tdzt', 'status'],
  far_max: [
    ...['容积率', '容积率上限', '最大容积率', '容积率(上限)', '规划容积率'],
    ...['rjl', 'rjlsx', 'zdrjl', 'ghrjl', 'far', 'far_max', 'plotratio', 'plot_ratio'],
  ],
  far_min: ['容积率下限', '最小容积率', '容积率(下限)', 'rjlxx', 'zxrjl', 'far_min'],
  building_density_max: [
    ...['建筑密度', '建筑密度上限', '最大建筑密度', '建筑系数'],
    ...['jzmd', 'jzmdsx', 'jzxs', 'coverage', 'building_density', 'building_density_max'],
  ],
  green_ratio_max: [
    ...['绿地率', '绿地率上限', '绿化率', '最大绿地率'],
    ...['ldl', 'ldlsx', 'lhl', 'greenratio', 'green_ratio', 'green_ratio_max'],
  ],
  height_limit_m: [
    ...['建筑限高', '限高', '建筑高度', '建筑高度上限', '最大建筑高度', '高度'],
    ...['jzxg', 'xg', 'jzgd', 'gd', 'height', 'height_limit', 'max_height'],
  ],
  available_from: [
    ...['供地时间', '计划供地时间', '可供时间', '供应时间', '拟供地时间', '出让时间', '交地时间'],
    ...['gdsj', 'jhgdsj', 'kgsj', 'gysj', 'crsj', 'jdsj', 'availablefrom', 'available_from', 'date'],
  ],
  tenure_years: ['出让年限', '年限', '使用年限', '土地使用年限', 'crnx', 'nx', 'synx', 'tenure', 'tenure_years'],
  is_net_land: ['净地', '是否净地', '净地出让', 'sfjd', 'netland', 'net_land'],
  is_standard_land: ['标准地', '是否标准地', '标准地出让', 'sfbzd', 'bzd', 'standardland', 'standard_land'],
  district: [
    '所在区县',
    '区县',
    '行政区',
    '县区',
    '所属区县',
    '行政区名称',
    'qx',
    'xzq',
    'xzqmc',
    'district',
    'county',
  ],
  park: ['园区', '所属园区', '所在园区', '开发区', '产业平台', 'yq', 'ssyq', 'park'],
  town: ['乡镇', '街道', '乡镇街道', '所在乡镇', '镇街', '所属乡镇', 'xz', 'xzjd', 'town'],
  contact: ['联系人', '联系方式', '联系电话', '招商联系人', 'lxr', 'lxfs', 'lxdh', 'contact', 'phone'],
  x: ['x', 'x坐标', '横坐标', '经度', '东坐标', 'xzb', 'lon', 'lng', 'long', 'longitude', 'easting', 'e'],
  y: ['y', 'y坐标', '纵坐标', '纬度', '北坐标', 'yzb', 'wd', 'lat', 'latitude', 'northing', 'n'],
}

const unitWords: readonly (readonly [AreaUnit, readonly string[]])[] = [
  ['m2', ['㎡', 'm2', 'm²', '平方米', '平米', 'sqm']],
  ['ha', ['公顷', 'ha', 'hectare']],
  ['mu', ['亩', 'mu']],
]

/** Lower case, no spaces, ASCII brackets; the bracketed part (or a _m2-style suffix) is the unit. */
function normalise(header: string): { word: string; unit: string } {
  const plain = header
    .normalize('NFKC')
    .replace(/[（【[]/g, '(')
    .replace(/[）】\]]/g, ')')
    .replace(/\s+/g, '')
    .toLowerCase()
  const bracketed = /^(.*?)\((.*)\)$/.exec(plain)
  if (bracketed && !['上限', '下限'].includes(bracketed[2]!)) return { word: bracketed[1]!, unit: bracketed[2]! }
  const suffixed = /^(.*?)[_-](m2|ha|mu|sqm)$/.exec(plain)
  return suffixed ? { word: suffixed[1]!, unit: suffixed[2]! } : { word: plain, unit: '' }
}

export function unitOf(text: string): AreaUnit | null {
  const plain = text.normalize('NFKC').toLowerCase()
  return (
    unitWords.find(([, words]) =>
      words.some((w) => plain === w || plain.includes(w.normalize('NFKC').toLowerCase())),
    )?.[0] ?? null
  )
}

export interface ColumnMapping {
  /** Column header → field, for the columns recognised; the rest are kept aside, not imported. */
  fields: Record<string, MappableField>
  unmatched: string[]
  /** The area's unit, from its header (面积（㎡）) or, if none, the default given. */
  areaUnit: AreaUnit
  /** Each column's first value that is not empty, shortened: what a column not imported would have brought. */
  samples: Record<string, string>
}

const SAMPLE_LENGTH = 40

/** The first value of each column that is not empty, so nobody leaves a column out without seeing what is in it. */
export function samplesOf(headers: readonly string[], rows: readonly Readonly<Record<string, unknown>>[]) {
  const samples: Record<string, string> = {}
  for (const header of headers) {
    const value = rows.find((r) => String(r[header] ?? '').trim() !== '')?.[header]
    if (value !== undefined) samples[header] = [...String(value).trim()].slice(0, SAMPLE_LENGTH).join('')
  }
  return samples
}

/** Proposes a mapping: each field goes to the column whose header ranks first in its synonyms, a column serving one field at most. */
export function proposeMapping(
  headers: readonly string[],
  defaultAreaUnit: AreaUnit = 'm2',
): Omit<ColumnMapping, 'samples'> {
  const fields: Record<string, MappableField> = {}
  let areaUnit: AreaUnit = defaultAreaUnit
  const normalised = headers.map((h) => ({ header: h, ...normalise(h) }))
  for (const field of mappableFields) {
    const ranked = normalised
      .map((h) => ({ ...h, rank: h.header in fields ? -1 : synonyms[field].indexOf(h.word) }))
      .filter((h) => h.rank >= 0)
      .sort((a, b) => a.rank - b.rank)
    const best = ranked[0]
    if (!best) continue
    fields[best.header] = field
    if (field === 'area' && best.unit) areaUnit = unitOf(best.unit) ?? areaUnit
  }
  return { fields, unmatched: headers.filter((h) => !(h in fields)), areaUnit }
}
