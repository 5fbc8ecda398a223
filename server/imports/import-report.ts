/**
 * Pure: the dry run's verdict per row, from the mapped values and what the database found. Errors stop the import;
 * warnings are shown and let it through.
 */
import type { CodeFrom } from './code-naming.js'
import type { FieldError, MappedRow } from './field-mapping.js'
import { type Said, said } from './import-messages.js'
import type { PreviewRow } from './import-preview.repo.js'
import { MAX_VERTICES_PER_OUTLINE } from './vertex-limits.js'

export interface RowReport {
  row: number
  code: string | null
  /** What gave the code: the file (a column or a CAD label), a running number, or the CAD layer and handle. */
  codeFrom: CodeFrom | null
  /** `skip`: a location point whose code no stored parcel has, left out of the commit. */
  action: 'insert' | 'update' | 'skip'
  areaMu: number | null
  declaredMu: number | null
  region: string | null
  /** Where an invalid outline goes wrong (ST_IsValidDetail's location), as longitude and latitude, for the map. */
  invalidAt: [number, number] | null
  errors: Said[]
  warnings: Said[]
}

export interface ImportReport {
  ok: boolean
  counts: { rows: number; errors: number; warnings: number; insert: number; update: number }
  rows: RowReport[]
}

/** Declared and measured areas may differ this much before anyone is asked to look (survey rounding, roads). */
export const AREA_MISMATCH = 0.05

export interface MappedFeature {
  row: number
  fields: MappedRow
  errors: FieldError[]
  /** Why the row's outline could not be read at all (an open ring, a Point…): it reaches no database. */
  unreadable?: Said
  /** The row is a location point (a land list of one coordinate pair per code), not an outline. */
  located?: boolean
  /** What gave the row its code: the file, or the planner's rule for parcels the file leaves unnamed. */
  codeFrom?: CodeFrom | null
}

/** No parcel is smaller: below this an outline is a point, a sliver or a line drawn by mistake (and 0 divides nothing). */
export const MIN_PARCEL_M2 = 10
const M2_PER_MU = 10_000 / 15

export const DEFAULT_POINT_TOLERANCE_M = 50

/** A location point joins a stored parcel: unknown codes are left out (or refuse all), far points are pointed out. */
function pointVerdict(p: PreviewRow | undefined, code: string, options: ReportOptions) {
  if (!p?.existingId) {
    if (options.allOrNothing)
      return { skip: false, errors: [said('point_unknown_code_blocking', { code })], warnings: [] }
    return { skip: true, errors: [], warnings: [said('point_unknown_code', { code })] }
  }
  const max = options.pointToleranceM ?? DEFAULT_POINT_TOLERANCE_M
  const far = p.pointDistanceM !== null && p.pointDistanceM > max
  return {
    skip: false,
    errors: [],
    warnings: far ? [said('point_far', { m: Math.round(p.pointDistanceM!), max })] : [],
  }
}

function geometryVerdict(p: PreviewRow | undefined, repair: boolean): { errors: Said[]; warnings: Said[] } {
  if (!p) return { errors: [], warnings: [] }
  if (p.valid === null) return { errors: [said('outline_missing', { code: p.code })], warnings: [] }
  if (p.areaMu === null) return { errors: [said('outline_empty')], warnings: [] }
  if (p.areaMu * M2_PER_MU < MIN_PARCEL_M2)
    return {
      errors: [said('outline_too_small', { m2: (p.areaMu * M2_PER_MU).toFixed(2), min: MIN_PARCEL_M2 })],
      warnings: [],
    }
  if (p.valid) return { errors: [], warnings: [] }
  const percent = p.repairedChangePercent
  const change = percent === null ? '' : said('outline_change', { percent: `${percent > 0 ? '+' : ''}${percent}` })
  const what = (repaired: boolean) =>
    said(repaired ? 'outline_repaired' : 'outline_invalid', {
      reason: p.invalidReason ?? '',
      at: p.invalidAt ?? '',
      mu: p.areaMu!.toFixed(2),
      change,
    })
  return repair ? { errors: [], warnings: [what(true)] } : { errors: [what(false)], warnings: [] }
}

export interface ReportOptions {
  repair: boolean
  /** How far a location point may lie from its parcel's outline before a warning (metres). */
  pointToleranceM?: number
  /** A location point of an unknown code refuses the file instead of being left out. */
  allOrNothing?: boolean
  /** Rows whose outline has too many vertices to be checked at all (row → count); they reach no database. */
  tooComplex?: ReadonlyMap<number, number>
}

/** What the row's values say against what the database measured: no land use, an area that disagrees, no district. */
function valueWarnings(m: MappedFeature, p: PreviewRow | undefined, located: boolean): Said[] {
  const warnings: Said[] = []
  // Red lines from CAD carry no attributes: the parcel comes in unpublished, to be completed before it is offered.
  if (!located && !p?.existingId && m.fields.land_use_code === undefined && m.fields.land_use_name === undefined)
    warnings.push(said('no_land_use'))
  const declared = m.fields.area_mu ?? null
  if (declared !== null && p?.areaMu && Math.abs(declared - p.areaMu) / p.areaMu > AREA_MISMATCH) {
    warnings.push(
      said('area_mismatch', {
        declared,
        measured: p.areaMu.toFixed(2),
        percent: ((100 * (declared - p.areaMu)) / p.areaMu).toFixed(1),
      }),
    )
  }
  if (p && p.regionName === null && p.areaMu !== null) warnings.push(said('outside_districts'))
  return warnings
}

function rowReport(
  m: MappedFeature,
  p: PreviewRow | undefined,
  options: ReportOptions,
  firstRowOfCode: Map<string, number>,
): RowReport {
  const code = typeof m.fields.code === 'string' ? m.fields.code : null
  const vertices = options.tooComplex?.get(m.row)
  const point = m.located ? pointVerdict(p, code ?? `#${m.row}`, options) : null
  const geometry = vertices
    ? { errors: [said('outline_too_many_vertices', { n: vertices, max: MAX_VERTICES_PER_OUTLINE })], warnings: [] }
    : (point ?? geometryVerdict(p, options.repair))
  const errors = [
    ...m.errors.map((e) => said('in_column', { column: e.column, what: e.message })),
    ...(m.unreadable ? [m.unreadable] : []),
    ...geometry.errors,
  ]
  if (code !== null) {
    const first = firstRowOfCode.get(code)
    if (first !== undefined) errors.push(said('duplicate_code', { code, first }))
    else firstRowOfCode.set(code, m.row)
  }
  const at = /^POINT\(([-\d.]+) ([-\d.]+)\)$/.exec(p?.invalidAt ?? '')
  return {
    row: m.row,
    code,
    codeFrom: m.codeFrom ?? null,
    action: point?.skip ? 'skip' : p?.existingId ? 'update' : 'insert',
    areaMu: p?.areaMu ?? null,
    declaredMu: m.fields.area_mu ?? null,
    region: p?.regionName ?? null,
    invalidAt: at ? [Number(at[1]), Number(at[2])] : null,
    errors,
    warnings: [...geometry.warnings, ...valueWarnings(m, p, point !== null)],
  }
}

export function buildReport(
  mapped: readonly MappedFeature[],
  preview: readonly PreviewRow[],
  options: ReportOptions,
): ImportReport {
  const byRow = new Map(preview.map((p) => [p.row, p]))
  const firstRowOfCode = new Map<string, number>()
  const rows = mapped.map((m) => rowReport(m, byRow.get(m.row), options, firstRowOfCode))
  const count = (f: (r: RowReport) => boolean) => rows.filter(f).length
  const counts = {
    rows: rows.length,
    errors: count((r) => r.errors.length > 0),
    warnings: count((r) => r.warnings.length > 0),
    insert: count((r) => r.action === 'insert'),
    update: count((r) => r.action === 'update'),
  }
  return { ok: counts.errors === 0 && rows.length > 0, counts, rows }
}
