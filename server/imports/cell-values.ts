/**
 * Pure: a cell's text as people write it in land lists, read into a typed value. Each reader answers `null` for an
 * empty cell and `undefined` for text it cannot read, so the caller names the row and column of what is wrong.
 * - numbers with thousands separators, full-width digits and a unit inside the cell (12.5亩, 8333㎡, 30万元/亩);
 * - bounds: a range (1.2-2.0, 1.0~2.5, 1.2至2.0) or one side (≤2.0, 不大于2.0, 2.0以下, ≥1.0, 1.0以上);
 * - dates: 2026-03-01, 2026/3/1, 2026.3, 2026年3月, 2026年3月15日, and the serial numbers Excel shows for dates;
 * - yes and no: 是/否, 有/无, √/×, ✓/✗, Y/N, true/false, 1/0.
 */
import type { AreaUnit } from './mappable-fields.js'

export const MU_PER: Readonly<Record<AreaUnit, number>> = { mu: 1, m2: 15 / 10_000, ha: 15 }

/** Full-width digits and signs to ASCII, no spaces or thousands separators, lower case. */
const plain = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[,，\s]/g, '')
    .toLowerCase()

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`

/** A number and whatever follows it (its unit); undefined when the text is not a number with a unit. */
export function readNumber(text: string): { value: number; unit: string } | null | undefined {
  const cleaned = plain(text)
  if (cleaned === '') return null
  // The unit starts with anything but a digit and may hold one (m2, 元/m2: ㎡ reads as m2 once normalised).
  const match = new RegExp(`^${NUMBER}([^\\d.].*)?$`).exec(cleaned)
  if (!match) return undefined
  const value = Number(match[1])
  return Number.isFinite(value) ? { value, unit: match[2] ?? '' } : undefined
}

const AREA_UNITS: readonly (readonly [AreaUnit, RegExp])[] = [
  ['m2', /^(㎡|m2|m²|平方米|平米|sqm)$/],
  ['ha', /^(公顷|ha|hm2|hm²)$/],
  ['mu', /^(亩|mu)$/],
]

/** An area in mu: the cell's own unit if it has one (12.5亩, 8333㎡), else the column's. */
export function readArea(text: string, columnUnit: AreaUnit): number | null | undefined {
  const read = readNumber(text)
  if (!read) return read
  const unit = read.unit === '' ? columnUnit : AREA_UNITS.find(([, pattern]) => pattern.test(read.unit))?.[0]
  if (!unit) return undefined
  return Math.round(read.value * MU_PER[unit] * 10_000) / 10_000
}

/** m² per mu, and 元 per 万元: a price per m² in 元 becomes 万元 per mu. */
const PRICE_FACTORS: readonly (readonly [RegExp, number])[] = [
  [/^(万元\/亩|万\/亩|万元|万)?$/, 1],
  [/^(元\/亩)$/, 1 / 10_000],
  [/^(元\/㎡|元\/m2|元\/平方米|元\/平米)$/, 10_000 / 15 / 10_000],
]

/** A land price in 万元 per mu (the parcels' unit), from 万元/亩, 元/亩 or 元/㎡. */
export function readPrice(text: string): number | null | undefined {
  const read = readNumber(text)
  if (!read) return read
  const factor = PRICE_FACTORS.find(([pattern]) => pattern.test(read.unit))?.[1]
  return factor === undefined ? undefined : Math.round(read.value * factor * 100) / 100
}

export interface Bounds {
  min?: number
  max?: number
}

const AT_MOST = /^(?:≤|<=|<|不大于|不超过|不高于|小于等于|小于|最大|最高|上限)(.+)$|^(.+?)(?:以下|以内|及以下)$/
const AT_LEAST = /^(?:≥|>=|>|不小于|不低于|大于等于|大于|最小|最低|下限)(.+)$|^(.+?)(?:以上|及以上)$/
const RANGE = /^(.+?)(?:-|~|—|–|至|到)(.+)$/

/**
 * Both ends of a range, one side of it, or a plain number, which is the side the column stands for (容积率 2.0 means
 * at most 2.0; 容积率下限 1.0 at least 1.0). A percent sign is allowed (建筑密度 ≤40%), and the units given.
 */
export function readBounds(
  text: string,
  plainSide: 'min' | 'max',
  units: readonly string[] = [],
): Bounds | null | undefined {
  const cleaned = plain(text)
  if (cleaned === '') return null
  const boundValue = (part: string) => {
    const read = readNumber(part)
    return read && ['', '%', ...units].includes(read.unit) ? read.value : undefined
  }
  const atMost = AT_MOST.exec(cleaned)
  if (atMost) return oneSide('max', boundValue(atMost[1] ?? atMost[2]!))
  const atLeast = AT_LEAST.exec(cleaned)
  if (atLeast) return oneSide('min', boundValue(atLeast[1] ?? atLeast[2]!))
  const range = RANGE.exec(cleaned)
  if (range) {
    const [min, max] = [boundValue(range[1]!), boundValue(range[2]!)]
    return min !== undefined && max !== undefined && min <= max ? { min, max } : undefined
  }
  return oneSide(plainSide, boundValue(cleaned))
}

const oneSide = (side: 'min' | 'max', value: number | undefined): Bounds | undefined =>
  value === undefined ? undefined : { [side]: value }

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included); these serials fall in 1954–2119. */
const EXCEL_SERIALS = { min: 20_000, max: 80_000 }

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return valid && year >= 1950 && year <= 2150 ? date.toISOString().slice(0, 10) : undefined
}

/** A date as YYYY-MM-DD; a month alone (2026.3, 2026年3月) is its first day, a year alone (2026年) its first. */
export function readDate(text: string): string | null | undefined {
  const cleaned = plain(text)
  if (cleaned === '') return null
  if (/^\d{5}(\.\d+)?$/.test(cleaned)) {
    const serial = Math.floor(Number(cleaned))
    if (serial < EXCEL_SERIALS.min || serial > EXCEL_SERIALS.max) return undefined
    return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)
  }
  const match = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?)?年?$/.exec(cleaned)
  if (!match) return undefined
  return isoDate(Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1))
}

const YES = new Set(['是', '有', '已', 'y', 'yes', 'true', '1', '√', '✓', '✔', '☑'])
const NO = new Set(['否', '无', '未', '非', 'n', 'no', 'false', '0', '×', '✗', '✘', 'x', '☐'])

export function readYesNo(text: string): boolean | null | undefined {
  const cleaned = plain(text)
  if (cleaned === '') return null
  return YES.has(cleaned) ? true : NO.has(cleaned) ? false : undefined
}
