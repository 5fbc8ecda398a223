/**
 * Pure mapping of the columns bureaus' land lists really have (Chinese or English, with units in the header) onto
 * parcel fields, and of each row's values onto typed fields. The mapping is proposed from a table of synonyms and
 * may be changed by the person importing before anything is written.
 */
import { columnTextLimits, textLimits } from '../http/text-limits.js'
import { readArea, readBounds, readDate, readNumber, readPrice, readYesNo } from './cell-values.js'
import { type ColumnMapping, coordinateFields } from './field-synonyms.js'
import { type Said, said } from './import-messages.js'
import type { MappableField } from './mappable-fields.js'

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
export interface FieldError {
  row: number
  column: string
  message: Said
}

export type MappedRow = Partial<Record<Exclude<MappableField, 'area'>, string | number | boolean>> & {
  area_mu?: number
}

type Typed = { values?: Partial<MappedRow>; error?: Said }

/**
 * The largest value each numeric column holds (numeric(p, s) and CHECK constraints of the parcels table), so the dry
 * run refuses what the commit would: a value the database cannot store is named here, with its row and column.
 */
const numericRanges: Readonly<Record<string, { max: number; integer?: boolean; min?: number }>> = {
  area_mu: { max: 9_999_999_999.99 },
  start_price: { max: 999_999_999.9 },
  far_max: { max: 999.99 },
  far_min: { max: 999.99 },
  building_density_max: { max: 100 },
  green_ratio_max: { max: 100 },
  height_limit_m: { max: 99_999.9 },
  tenure_years: { min: 1, max: 70, integer: true },
}

/** Fields read as bounds: a range fills both, one side fills its own (容积率 ≥1.0 is the lower bound). */
const boundFields: Readonly<Partial<Record<MappableField, { min?: keyof MappedRow; max: keyof MappedRow }>>> = {
  far_max: { min: 'far_min', max: 'far_max' },
  far_min: { min: 'far_min', max: 'far_max' },
  building_density_max: { max: 'building_density_max' },
  green_ratio_max: { max: 'green_ratio_max' },
  height_limit_m: { max: 'height_limit_m' },
}

/** Text fields stored in parcel columns, with the shared length limits; park and district are looked up, not stored. */
const storedTextLimits: Partial<Record<MappableField, number>> = Object.fromEntries(
  Object.entries(columnTextLimits.parcels).map(([column, limit]) => [column, textLimits[limit]]),
)

/** Each number checked against the column that will store it. */
function inRange(values: Partial<MappedRow>, raw: string): Typed {
  for (const [field, value] of Object.entries(values)) {
    const range = numericRanges[field]
    if (!range || typeof value !== 'number') continue
    if (value > range.max || value < (range.min ?? 0) || (range.integer && !Number.isInteger(value)))
      return { error: said('value_out_of_range', { value: raw, min: range.min ?? 0, max: range.max }) }
  }
  return { values }
}

function boundsValue(field: MappableField, raw: string): Typed {
  const targets = boundFields[field]!
  const bounds = readBounds(raw, field === 'far_min' ? 'min' : 'max', field === 'height_limit_m' ? ['m', '米'] : [])
  if (bounds === null) return {}
  if (bounds === undefined) return { error: said('value_not_bounds', { value: raw }) }
  // A range for a field that keeps its upper bound only (建筑密度 30%-55%) gives that bound; a lower bound alone, none.
  if (bounds.max === undefined && !targets.min) return { error: said('value_lower_bound_only', { value: raw }) }
  const values: Partial<MappedRow> = {}
  if (bounds.min !== undefined && targets.min) values[targets.min] = bounds.min
  if (bounds.max !== undefined) values[targets.max] = bounds.max
  return inRange(values, raw)
}

/** A reader's answer: nothing for an empty cell, the error for unreadable text, else the value checked. */
function read<T extends string | number | boolean>(
  value: T | null | undefined,
  raw: string,
  store: (value: T) => Partial<MappedRow>,
  refusal: Said,
): Typed {
  if (value === null) return {}
  if (value === undefined) return { error: refusal }
  return inRange(store(value), raw)
}

function typedValue(field: MappableField, raw: string, mapping: Pick<ColumnMapping, 'areaUnit'>): Typed {
  const text = raw.trim()
  const notNumber = said('value_not_number', { value: raw })
  if (field in boundFields) return boundsValue(field, raw)
  switch (field) {
    case 'area':
      return read(readArea(raw, mapping.areaUnit), raw, (v) => ({ area_mu: v }), said('value_not_area', { value: raw }))
    case 'start_price':
      return read(readPrice(raw), raw, (v) => ({ start_price: v }), said('value_not_price', { value: raw }))
    case 'tenure_years': {
      const years = readNumber(raw)
      const value = years && ['', '年'].includes(years.unit) ? years.value : years === null ? null : undefined
      return read(value, raw, (v) => ({ tenure_years: v }), notNumber)
    }
    case 'available_from':
      return read(readDate(raw), raw, (v) => ({ available_from: v }), said('value_not_date', { value: raw }))
    case 'is_net_land':
    case 'is_standard_land':
      return read(readYesNo(raw), raw, (v) => ({ [field]: v }), said('value_not_yes_no', { value: raw }))
    case 'status':
      return statusValue(text, raw)
  }
  const max = storedTextLimits[field]
  if (max !== undefined && text.length > max) return { error: said('value_too_long', { length: text.length, max }) }
  return text === '' ? {} : { values: { [field]: text } }
}

function statusValue(text: string, raw: string): Typed {
  const status = statusWords[text.toLowerCase()]
  // An idle parcel needs its category (供而未用…), which no land list carries: staff set it in the parcel's panel.
  if (status === 'idle') return { error: said('value_idle_status', { value: raw }) }
  if (status) return { values: { status } }
  return text === '' ? {} : { error: said('value_unknown_status', { value: raw }) }
}

/**
 * A column's own field is always its value; a field it fills besides (the low end of 容积率 1.0-2.0) only while no
 * column has given that field, so a column of its own (容积率下限) wins whichever comes first.
 */
function keepOwnFirst(fields: MappedRow, values: Partial<MappedRow>, own: string) {
  for (const [key, value] of Object.entries(values))
    if (key === own || !(key in fields)) (fields as Record<string, unknown>)[key] = value
}

/** One row (header → text) through the mapping: typed fields, and an error naming the row and column per bad value. */
export function mapRow(
  row: Readonly<Record<string, string>>,
  rowNumber: number,
  mapping: Pick<ColumnMapping, 'fields' | 'areaUnit'>,
): { fields: MappedRow; errors: FieldError[] } {
  const fields: MappedRow = {}
  const errors: FieldError[] = []
  for (const [column, field] of Object.entries(mapping.fields)) {
    if (coordinateFields.includes(field)) continue
    const { values, error } = typedValue(field, row[column] ?? '', mapping)
    if (error) errors.push({ row: rowNumber, column, message: error })
    else if (values) keepOwnFirst(fields, values, field === 'area' ? 'area_mu' : field)
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
