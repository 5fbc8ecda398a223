/**
 * Pure: the dry run's verdict per row, from the mapped values and what the database found. Errors stop the import;
 * warnings are shown and let it through.
 */
import type { FieldError, MappedRow } from './field-mapping.js'
import { type Said, said } from './import-messages.js'
import type { PreviewRow } from './import-preview.repo.js'
import { MAX_VERTICES_PER_OUTLINE } from './vertex-limits.js'

export interface RowReport {
  row: number
  code: string | null
  action: 'insert' | 'update'
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
}

/** No parcel is smaller: below this an outline is a point, a sliver or a line drawn by mistake (and 0 divides nothing). */
export const MIN_PARCEL_M2 = 10
const M2_PER_MU = 10_000 / 15

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
  /** Rows whose outline has too many vertices to be checked at all (row → count); they reach no database. */
  tooComplex?: ReadonlyMap<number, number>
}

export function buildReport(
  mapped: readonly MappedFeature[],
  preview: readonly PreviewRow[],
  options: ReportOptions,
): ImportReport {
  const byRow = new Map(preview.map((p) => [p.row, p]))
  const firstRowOfCode = new Map<string, number>()
  const rows = mapped.map((m): RowReport => {
    const p = byRow.get(m.row)
    const code = typeof m.fields.code === 'string' ? m.fields.code : null
    const vertices = options.tooComplex?.get(m.row)
    const geometry = vertices
      ? { errors: [said('outline_too_many_vertices', { n: vertices, max: MAX_VERTICES_PER_OUTLINE })], warnings: [] }
      : geometryVerdict(p, options.repair)
    const errors = [
      ...m.errors.map((e) => said('in_column', { column: e.column, what: e.message })),
      ...(m.unreadable ? [m.unreadable] : []),
      ...geometry.errors,
    ]
    const warnings = [...geometry.warnings]
    if (code !== null) {
      const first = firstRowOfCode.get(code)
      if (first !== undefined) errors.push(said('duplicate_code', { code, first }))
      else firstRowOfCode.set(code, m.row)
    }
    // Red lines from CAD carry no attributes: the parcel comes in unpublished, to be completed before it is offered.
    if (!p?.existingId && m.fields.land_use_code === undefined && m.fields.land_use_name === undefined)
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
    const at = /^POINT\(([-\d.]+) ([-\d.]+)\)$/.exec(p?.invalidAt ?? '')
    return {
      row: m.row,
      code,
      action: p?.existingId ? 'update' : 'insert',
      areaMu: p?.areaMu ?? null,
      declaredMu: declared,
      region: p?.regionName ?? null,
      invalidAt: at ? [Number(at[1]), Number(at[2])] : null,
      errors,
      warnings,
    }
  })
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
