/**
 * Pure mapping of the columns bureaus' land lists really have (Chinese or English, with units in the header) onto
 * parcel fields, and of each row's values onto typed fields. The mapping is proposed from a table of synonyms and
 * may be changed by the person importing before anything is written.
 */
import { columnTextLimits, textLimits } from '../http/text-limits.js'
import { type Said, said } from './import-messages.js'
import { type AreaUnit, type MappableField, mappableFields } from './mappable-fields.js'

/** Coordinate columns of a land list: x is the easting or longitude, y the northing or latitude (or the reverse, in surveyors' order). */
export const coordinateFields: readonly MappableField[] = ['x', 'y']

/** Header words per field, compared after normalising (case, spaces, full-width brackets, the unit in brackets). */
const synonyms: Readonly<Record<MappableField, readonly string[]>> = {
  code: [
    '地块编号',
    '宗地号',
    '宗地编号',
    '编号',
    '地块号',
    '地块代码',
    'dkbh',
    'zdh',
    'code',
    'parcelcode',
    'parcel_code',
    'parcelno',
    'id',
    'name',
    '名称',
  ],
  location_desc: ['坐落', '土地坐落', '位置', '地块位置', '四至', 'location', 'address'],
  land_use_code: ['用地代码', '用途代码', '地类编码', '用地分类代码', 'dlbm', 'landusecode', 'land_use_code'],
  land_use_name: ['用地性质', '土地用途', '用途', '规划用途', '地类名称', 'dlmc', 'landuse', 'land_use'],
  area: ['面积', '用地面积', '宗地面积', '出让面积', '土地面积', 'area', 'mj'],
  start_price: ['起始价', '挂牌起始价', '起价', '出让起始价', 'startprice', 'start_price', 'price'],
  status: ['状态', '供地状态', '土地状态', 'status'],
  far_max: ['容积率', '容积率上限', '最大容积率', 'far', 'far_max'],
  far_min: ['容积率下限', '最小容积率', 'far_min'],
  tenure_years: ['出让年限', '年限', '使用年限', 'tenure', 'tenure_years'],
  is_net_land: ['净地', '是否净地', 'netland', 'net_land'],
  is_standard_land: ['标准地', '是否标准地', 'standardland', 'standard_land'],
  district: ['所在区县', '区县', '行政区', '县区', 'district', 'county'],
  park: ['园区', '所属园区', '所在园区', 'park'],
  town: ['乡镇', '街道', '乡镇街道', '所在乡镇', 'town'],
  contact: ['联系人', '联系方式', '联系电话', 'contact'],
  x: ['x', 'x坐标', '横坐标', '经度', '东坐标', 'lon', 'lng', 'long', 'longitude', 'easting', 'e'],
  y: ['y', 'y坐标', '纵坐标', '纬度', '北坐标', 'lat', 'latitude', 'northing', 'n'],
}

const MU_PER: Readonly<Record<AreaUnit, number>> = { mu: 1, m2: 15 / 10_000, ha: 15 }

const unitWords: readonly (readonly [AreaUnit, readonly string[]])[] = [
  ['m2', ['㎡', 'm2', 'm²', '平方米', '平米', 'sqm']],
  ['ha', ['公顷', 'ha', 'hectare']],
  ['mu', ['亩', 'mu']],
]

/** Lower case, no spaces, ASCII brackets; the bracketed part is the unit. */
function normalise(header: string): { word: string; unit: string } {
  const plain = header
    .normalize('NFKC')
    .replace(/[（【[]/g, '(')
    .replace(/[）】\]]/g, ')')
    .replace(/\s+/g, '')
    .toLowerCase()
  const match = /^(.*?)\((.*)\)$/.exec(plain) ?? /^(.*?)[_-](m2|ha|mu|sqm)$/.exec(plain)
  return match ? { word: match[1]!, unit: match[2]! } : { word: plain, unit: '' }
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
}

/**
 * Proposes a mapping: each field goes to the column whose header comes earliest in its list of synonyms (so 地块编号
 * wins over a KML's `name`), a column serving one field at most.
 */
export function proposeMapping(headers: readonly string[], defaultAreaUnit: AreaUnit = 'm2'): ColumnMapping {
  const fields: Record<string, MappableField> = {}
  let areaUnit: AreaUnit = defaultAreaUnit
  const normalised = headers.map((h) => ({ header: h, ...normalise(h) }))
  for (const field of mappableFields) {
    const ranked = normalised
      .filter((h) => !(h.header in fields) && synonyms[field].includes(h.word))
      .sort((a, b) => synonyms[field].indexOf(a.word) - synonyms[field].indexOf(b.word))
    const best = ranked[0]
    if (!best) continue
    fields[best.header] = field
    if (field === 'area' && best.unit) areaUnit = unitOf(best.unit) ?? areaUnit
  }
  return { fields, unmatched: headers.filter((h) => !(h in fields)), areaUnit }
}

const statusWords: Readonly<Record<string, string>> = {
  可供: 'available',
  待供: 'available',
  在售: 'available',
  available: 'available',
  储备: 'reserve',
  reserve: 'reserve',
  意向: 'intended',
  已意向: 'intended',
  intended: 'intended',
  已供: 'supplied',
  已供地: 'supplied',
  已出让: 'supplied',
  supplied: 'supplied',
  在建: 'building',
  building: 'building',
  已建: 'built',
  已建成: 'built',
  built: 'built',
  闲置: 'idle',
  idle: 'idle',
}
const yes = new Set(['是', '有', 'y', 'yes', 'true', '1', '√'])
const no = new Set(['否', '无', 'n', 'no', 'false', '0', '', '×'])

export interface FieldError {
  row: number
  column: string
  message: Said
}

export type MappedRow = Partial<Record<Exclude<MappableField, 'area'>, string | number | boolean>> & {
  area_mu?: number
}

function number(text: string): number | null {
  const cleaned = text.replace(/[,，\s]/g, '')
  if (cleaned === '') return null
  const value = Number(cleaned)
  return Number.isFinite(value) ? value : Number.NaN
}

/**
 * The largest value each numeric column holds (numeric(p, s) and CHECK constraints of the parcels table), so the dry
 * run refuses what the commit would: a value the database cannot store is named here, with its row and column.
 */
const numericRanges: Readonly<
  Record<
    'area' | 'start_price' | 'far_max' | 'far_min' | 'tenure_years',
    { max: number; integer?: boolean; min?: number }
  >
> = {
  area: { max: 9_999_999_999.99 },
  start_price: { max: 999_999_999.9 },
  far_max: { max: 999.99 },
  far_min: { max: 999.99 },
  tenure_years: { min: 1, max: 70, integer: true },
}

/** Text fields stored in parcel columns, with the shared length limits; park and district are looked up, not stored. */
const storedTextLimits: Partial<Record<MappableField, number>> = Object.fromEntries(
  Object.entries(columnTextLimits.parcels).map(([column, limit]) => [column, textLimits[limit]]),
)

function numericValue(
  field: keyof typeof numericRanges,
  raw: string,
  mapping: ColumnMapping,
): { value?: number; error?: Said } {
  const value = number(raw.trim())
  if (value === null) return {}
  const range = numericRanges[field]
  if (Number.isNaN(value) || value < 0) return { error: said('value_not_number', { value: raw }) }
  if (value > range.max || value < (range.min ?? 0) || (range.integer && !Number.isInteger(value))) {
    return { error: said('value_out_of_range', { value: raw, min: range.min ?? 0, max: range.max }) }
  }
  return { value: field === 'area' ? Math.round(value * MU_PER[mapping.areaUnit] * 10_000) / 10_000 : value }
}

function typedValue(
  field: MappableField,
  raw: string,
  mapping: ColumnMapping,
): { value?: string | number | boolean; error?: Said } {
  const text = raw.trim()
  if (field in numericRanges) return numericValue(field as keyof typeof numericRanges, raw, mapping)
  if (field === 'is_net_land' || field === 'is_standard_land') {
    const word = text.toLowerCase()
    if (yes.has(word)) return { value: true }
    if (no.has(word)) return { value: false }
    return { error: said('value_not_yes_no', { value: raw }) }
  }
  if (field === 'status') {
    const status = statusWords[text.toLowerCase()]
    // An idle parcel needs its category (供而未用…), which no land list carries: staff set it in the parcel's panel.
    if (status === 'idle') return { error: said('value_idle_status', { value: raw }) }
    return status ? { value: status } : text === '' ? {} : { error: said('value_unknown_status', { value: raw }) }
  }
  const max = storedTextLimits[field]
  if (max !== undefined && text.length > max) return { error: said('value_too_long', { length: text.length, max }) }
  return text === '' ? {} : { value: text }
}

/** One row (header → text) through the mapping: typed fields, and an error naming the row and column per bad value. */
export function mapRow(
  row: Readonly<Record<string, string>>,
  rowNumber: number,
  mapping: ColumnMapping,
): { fields: MappedRow; errors: FieldError[] } {
  const fields: MappedRow = {}
  const errors: FieldError[] = []
  for (const [column, field] of Object.entries(mapping.fields)) {
    if (coordinateFields.includes(field)) continue
    const { value, error } = typedValue(field, row[column] ?? '', mapping)
    if (error) errors.push({ row: rowNumber, column, message: error })
    else if (value !== undefined) (fields as Record<string, unknown>)[field === 'area' ? 'area_mu' : field] = value
  }
  const codeRefused = errors.some((e) => mapping.fields[e.column] === 'code')
  if (fields.code === undefined && !codeRefused)
    errors.push({
      row: rowNumber,
      column: Object.keys(mapping.fields).find((c) => mapping.fields[c] === 'code') ?? '(code)',
      message: said('value_no_code'),
    })
  return { fields, errors }
}
