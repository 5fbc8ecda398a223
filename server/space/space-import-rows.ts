/** Pure: a 载体清单's rows (one a unit, its building's facts repeated) read into buildings and units, every bad cell named. */
import { readNumber } from '../imports/cell-values.js'
import type { TableRead } from '../imports/table-reader.js'
import { kindOfText, mapSpaceHeaders, type SpaceField, statusOfText } from './space-columns.js'
import { type BuildingKind, KN_PER_TONNE_M2 } from './space-enums.js'

export interface SpacePlaces {
  /** Districts by Chinese and English name. */
  regions: ReadonlyMap<string, number>
  /** Parks by Chinese and English name, with their district and a point inside. */
  parks: ReadonlyMap<string, { id: number; regionId: number; lonLat: [number, number] }>
}

export interface ImportedBuilding {
  code: string
  name: string
  kind: BuildingKind
  region_id: number
  park_id: number | null
  address: string
  floors: number | null
  gross_m2: number | null
  contact: string | null
  lonLat: [number, number]
}

export interface ImportedUnit {
  buildingCode: string
  code: string
  floor: number
  area_m2: number
  clear_height_m: number | null
  floor_load_kn: number | null
  crane_t: number
  power_kva: number | null
  rent_yuan_m2_month: number | null
  status: 'vacant' | 'let'
}

export interface CellError {
  row: number
  column: string
  message: string
}

const REQUIRED: readonly SpaceField[] = ['building_name', 'kind', 'area_m2']

/** Reads each row; a row with any bad cell adds its errors and nothing else, so the caller can refuse the file whole. */
export function readSpaceRows(table: TableRead, places: SpacePlaces) {
  const { columns, unused } = mapSpaceHeaders(table.headers)
  const missing = REQUIRED.filter((f) => !columns[f])
  if (missing.length > 0)
    return {
      buildings: [],
      units: [],
      unused,
      errors: missing.map((f) => ({ row: 1, column: f, message: `no column for ${f}` })),
    }
  const buildings = new Map<string, ImportedBuilding>()
  const units: ImportedUnit[] = []
  const errors: CellError[] = []
  for (const { row, values } of table.rows) {
    const cell = (field: SpaceField) => (columns[field] ? (values[columns[field]!] ?? '').trim() : '')
    const problems: CellError[] = []
    const fail = (field: SpaceField, message: string) =>
      problems.push({ row, column: columns[field] ?? field, message })
    const building = readBuilding(cell, fail, places)
    const unit = readUnit(cell, fail, building?.code ?? '', row)
    if (problems.length > 0 || !building || !unit) {
      errors.push(...problems)
      continue
    }
    if (!buildings.has(building.code)) buildings.set(building.code, building)
    units.push(unit)
  }
  return { buildings: [...buildings.values()], units, errors, unused }
}

type Cell = (field: SpaceField) => string
type Fail = (field: SpaceField, message: string) => void

/** A number in the cell (units inside allowed), null when empty; a complaint when it is not a number. */
function numberIn(cell: Cell, fail: Fail, field: SpaceField): { value: number; unit: string } | null {
  const read = readNumber(cell(field))
  if (read === undefined) fail(field, `“${cell(field)}” is not a number`)
  return read ?? null
}

function placeOf(cell: Cell, fail: Fail, places: SpacePlaces) {
  const park = cell('park') ? places.parks.get(cell('park')) : undefined
  // An unknown park is the one complaint: the district and position it would have given are not asked for again.
  if (cell('park') && !park)
    return {
      regionId: undefined,
      parkId: null,
      lonLat: undefined,
      fail: fail('park', `no park named “${cell('park')}”`),
    }
  const regionId = cell('region') ? places.regions.get(cell('region')) : park?.regionId
  if (cell('region') && regionId === undefined) fail('region', `no district named “${cell('region')}”`)
  if (!cell('region') && !park) fail('region', 'name the district or the park')
  const lon = numberIn(cell, fail, 'lon')?.value
  const lat = numberIn(cell, fail, 'lat')?.value
  const given = lon !== undefined || lat !== undefined
  const inChina = lon !== undefined && lat !== undefined && lon > 73 && lon < 136 && lat > 3 && lat < 54
  if (given && !inChina) fail('lon', 'longitude and latitude in degrees (WGS84/CGCS2000) within China')
  if (!given && !park) fail('lon', 'give 经度/纬度, or a park to place the building in')
  const lonLat: [number, number] | undefined = inChina ? [lon, lat] : given ? undefined : park?.lonLat
  return { regionId, parkId: park?.id ?? null, lonLat }
}

function readBuilding(cell: Cell, fail: Fail, places: SpacePlaces): ImportedBuilding | null {
  const name = cell('building_name')
  if (!name) fail('building_name', 'the building has no name')
  const kind = kindOfText(cell('kind'))
  if (!kind) fail('kind', `“${cell('kind')}” is none of 标准厂房, 小微园, 商务楼宇, 孵化器, 仓储, 特色小镇`)
  const place = placeOf(cell, fail, places)
  const floors = numberIn(cell, fail, 'floors')?.value ?? null
  const gross = numberIn(cell, fail, 'gross_m2')?.value ?? null
  if (!name || !kind || place.regionId === undefined || !place.lonLat) return null
  return {
    code: cell('building_code') || name,
    name,
    kind,
    region_id: place.regionId,
    park_id: place.parkId,
    address: cell('address'),
    floors: floors === null ? null : Math.round(floors),
    gross_m2: gross,
    contact: cell('contact') || null,
    lonLat: place.lonLat,
  }
}

/** Floor load in kN/㎡: a cell or header in tonnes (5t, 5吨/㎡) is converted; bare numbers are kN/㎡. */
function floorLoad(cell: Cell, fail: Fail): number | null {
  const read = numberIn(cell, fail, 'floor_load')
  if (!read) return null
  return /^(t|吨)/.test(read.unit) ? Math.round(read.value * KN_PER_TONNE_M2 * 10) / 10 : read.value
}

function readUnit(cell: Cell, fail: Fail, buildingCode: string, row: number): ImportedUnit | null {
  const area = numberIn(cell, fail, 'area_m2')?.value
  if (cell('area_m2') === '') fail('area_m2', 'a unit needs its floor area in ㎡')
  else if (area !== undefined && area <= 0) fail('area_m2', 'the floor area must be above 0 ㎡')
  const status = statusOfText(cell('status'))
  if (!status) fail('status', `“${cell('status')}” is neither vacant (空置) nor let (已租/已售)`)
  const floor = numberIn(cell, fail, 'floor')?.value ?? 1
  const unit = {
    buildingCode,
    code: cell('unit_code') || `row ${row}`,
    floor: Math.round(floor),
    area_m2: area ?? 0,
    clear_height_m: numberIn(cell, fail, 'clear_height_m')?.value ?? null,
    floor_load_kn: floorLoad(cell, fail),
    crane_t: numberIn(cell, fail, 'crane_t')?.value ?? 0,
    power_kva: roundOrNull(numberIn(cell, fail, 'power_kva')?.value),
    rent_yuan_m2_month: numberIn(cell, fail, 'rent')?.value ?? null,
    status: status ?? 'vacant',
  }
  return area && area > 0 && status ? unit : null
}

const roundOrNull = (value: number | undefined) => (value === undefined ? null : Math.round(value))
