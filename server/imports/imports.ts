/**
 * The one import engine behind the CLI, the API and the upload dialog: read → map the columns → diagnose the CRS →
 * dry run in the database → report; and, when asked and clean, commit in one transaction as a batch that can be
 * undone. Every format feeds the same steps; a land list's rows become features only once the mapping is known.
 */
import { createHash } from 'node:crypto'
import type { Actor } from '../audit/audit.repo.js'
import type { Db } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { describeDatabaseError } from '../http/error-handler.js'
import { type ShiftedSystem, unshift } from './china-offsets.js'
import { type CrsProblem, diagnoseCoordinates } from './crs-diagnose.js'
import { readDxf } from './dxf-reader.js'
import { type AreaUnit, type ColumnMapping, type MappableField, mapRow, proposeMapping } from './field-mapping.js'
import { type CommitRow, commitBatch, removeParcels, restoreParcel } from './import-commit.repo.js'
import type { ImportFormat } from './import-formats.js'
import { type PreviewInput, type PreviewRow, previewFeatures } from './import-preview.repo.js'
import { buildReport } from './import-report.js'
import { type Lang, render, said } from './import-messages.js'
import { joined, type PresentedProblem, type PresentedReport, presentProblems, presentReport, sayAll } from './import-present.js'
import { ImportFileError, type ReadFile, readGeoJson, sampleCoordinates } from './geojson-reader.js'
import { readKml, readKmz } from './kml-reader.js'
import { readShapefileZip } from './shapefile-reader.js'
import { featuresFromTable } from './table-features.js'
import { outlinesOverVertexLimit } from './vertex-limits.js'
import { readCsv, readXlsx, type TableRead } from './table-reader.js'

export interface ImportRequest {
  fileName: string
  format: ImportFormat
  /** The file: GeoJSON or KML may come as text, every format as bytes. */
  content: string | Uint8Array
  /** EPSG code chosen by the person importing; otherwise the file's own. */
  srid?: number
  /** Coordinates from 高德/百度 maps (lon/lat), converted to WGS84 first. */
  shifted?: ShiftedSystem
  mapping?: Record<string, MappableField>
  /** The unit of the declared area, overriding what the column's header says. */
  areaUnit?: AreaUnit
  /** DXF: read the closed outlines on this layer only. */
  layer?: string
  repair: boolean
  dryRun: boolean
  actor: Actor
  /** Roughly where the data is (a district's centre), to tell a Gauss-Krüger zone without prefix. */
  hintLon?: number
  /** The language of the report, notes and refusals: English unless asked. */
  lang?: Lang
}

export interface ImportResult {
  srid: number
  /** What reading the file noticed and handled (an encoding other than declared…). */
  notes: string[]
  mapping: ColumnMapping
  crsProblems: PresentedProblem[]
  report: PresentedReport
  batch: { id: number; inserted: number; updated: number; unchanged: number } | null
  /** The outlines as the dry run sees them (WGS84, repaired where asked), for the preview map; keyed by row. */
  outlines: { row: number; geometry: string }[]
}

const BLOCKING: readonly CrsProblem['code'][] = ['degrees_declared_projected', 'metres_declared_degrees', 'zone_prefix_mismatch', 'zone_prefix_undeclared', 'swapped_axes', 'unknown_crs', 'not_finite']

type Upload = { kind: 'features'; file: ReadFile } | { kind: 'table'; table: TableRead }

/** A reader's complaint about the file, as the 400 that names the file. */
async function asFileError<T>(request: ImportRequest, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (e) {
    if (e instanceof ImportFileError) throw new ApiError(400, 'invalid_file', render(said('in_file', { file: request.fileName, what: e.said }), langOf(request)))
    throw e
  }
}

const langOf = (request: ImportRequest): Lang => request.lang ?? 'en'

function readUpload(request: ImportRequest): Promise<Upload> {
  const bytes = typeof request.content === 'string' ? new TextEncoder().encode(request.content) : request.content
  return asFileError(request, async (): Promise<Upload> => {
    switch (request.format) {
      case 'shapefile': return { kind: 'features', file: await readShapefileZip(bytes) }
      case 'kml': return { kind: 'features', file: readKml(bytes) }
      case 'kmz': return { kind: 'features', file: readKmz(bytes) }
      case 'dxf': return { kind: 'features', file: readDxf(bytes, request.layer) }
      case 'xlsx': return { kind: 'table', table: await readXlsx(bytes) }
      case 'csv': return { kind: 'table', table: readCsv(bytes) }
      case 'geojson': return { kind: 'features', file: readGeoJson(new TextDecoder().decode(bytes)) }
    }
  })
}

/** The CRS to read the file in, or a 400 saying what the coordinates look like instead. */
function chooseSrid(file: ReadFile, request: ImportRequest): { srid: number; problems: CrsProblem[] } {
  // A land list joined by code carries no coordinates: the stored outlines are already WGS84.
  if (file.features.every((f) => f.geometry === null)) return { srid: 4326, problems: [] }
  const declared = request.srid ?? file.srid
  const diagnosis = diagnoseCoordinates(sampleCoordinates(file), declared ?? null, request.hintLon)
  const blocking = diagnosis.problems.filter((p) => BLOCKING.includes(p.code))
  const lang = langOf(request)
  if (blocking.length > 0 || declared === null) {
    const advice = blocking.length > 0 ? joined(blocking.map((p) => p.said), lang) : render(said('crs_missing', { degrees: diagnosis.kind === 'degrees' ? 'yes' : '' }), lang)
    throw new ApiError(400, 'invalid_crs', render(said('in_file', { file: request.fileName, what: advice }), lang))
  }
  if (request.shifted && declared !== 4326 && declared !== 4490) throw new ApiError(400, 'invalid_crs', render(said('crs_shifted_needs_degrees'), lang))
  return { srid: declared, problems: diagnosis.problems }
}

function mappingFor(headers: readonly string[], request: ImportRequest): ColumnMapping {
  const proposed = proposeMapping(headers)
  const fields = request.mapping ?? proposed.fields
  const unknown = Object.keys(fields).find((column) => !headers.includes(column))
  if (unknown !== undefined) throw new ApiError(400, 'invalid_mapping', render(said('mapping_unknown_column', { column: unknown }), langOf(request)))
  return { fields, unmatched: headers.filter((h) => !(h in fields)), areaUnit: request.areaUnit ?? proposed.areaUnit }
}

function unshiftGeometry(coordinates: unknown, from: ShiftedSystem): unknown {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') return unshift(coordinates as [number, number], from)
  return (coordinates as unknown[]).map((c) => unshiftGeometry(c, from))
}

export async function runImport(db: Db, request: ImportRequest): Promise<ImportResult> {
  const upload = await readUpload(request)
  const mapping = mappingFor(upload.kind === 'table' ? upload.table.headers : upload.file.headers, request)
  const file = upload.kind === 'table' ? await asFileError(request, () => featuresFromTable(upload.table, mapping)) : upload.file
  const { srid, problems } = chooseSrid(file, request)
  const mapped = file.features.map((f) => ({ row: f.row, ...mapRow(f.properties, f.row, mapping) }))
  const geometries = file.features.map((f) => (f.geometry && request.shifted ? { ...f.geometry, coordinates: unshiftGeometry(f.geometry.coordinates, request.shifted) } : f.geometry))
  const tooComplex = outlinesOverVertexLimit(file.features)
  const inputs = mapped.flatMap((m, i) => (tooComplex.has(m.row) ? [] : [{ row: m.row, code: String(m.fields.code ?? `#${m.row}`), geometryJson: geometries[i] ? JSON.stringify(geometries[i]) : null }]))
  const preview = await previewInChunks(db, inputs, srid)
  const report = buildReport(mapped, preview, { repair: request.repair, tooComplex })
  const lang = langOf(request)
  const result = {
    srid, notes: sayAll(file.notes ?? [], lang), mapping, crsProblems: presentProblems(problems, lang), report: presentReport(report, lang),
    outlines: preview.filter((p) => p.geometry !== null).map((p) => ({ row: p.row, geometry: p.geometry! })),
  }
  if (request.dryRun || !report.ok) return { ...result, batch: null }
  const previewOf = new Map(preview.map((p) => [p.row, p]))
  const rows: CommitRow[] = mapped.map((m) => {
    const p = previewOf.get(m.row)!
    return { row: m.row, fields: m.fields, geometry: p.geometry!, regionId: p.regionId, existingId: p.existingId }
  })
  const info = { fileName: request.fileName, sha256: createHash('sha256').update(request.content).digest('hex'), format: request.format, srid, actor: request.actor }
  return { ...result, batch: await commitBatch(db, info, rows, (row, e) => refusedRow(row, e, lang)) }
}

/**
 * Each statement of the dry run checks this many outlines, so a file at the feature limit never runs one statement
 * past the statement timeout, and (on PGlite) other requests get the database between chunks.
 */
const PREVIEW_CHUNK = 1000

async function previewInChunks(db: Db, inputs: PreviewInput[], srid: number): Promise<PreviewRow[]> {
  const rows: PreviewRow[] = []
  for (let start = 0; start < inputs.length; start += PREVIEW_CHUNK) rows.push(...(await previewFeatures(db, inputs.slice(start, start + PREVIEW_CHUNK), srid)))
  return rows
}

/**
 * A value the database still refuses (the dry run checks what the constraints check, so this is a last guard):
 * the row and the field are named, never the database's own text, and nothing is kept.
 */
function refusedRow(row: CommitRow, e: Error & { code?: string }, lang: Lang): Error {
  const safe = describeDatabaseError(e)
  if (safe) return new ApiError(400, 'invalid_row', render(said('row_refused', { row: row.row, reason: safe.message }), lang))
  return e
}

/** Undoes a whole batch: its new parcels go, its updated ones return to what they were. Refused if since used. */
export async function undoBatch(db: Db, batchId: number, actor: Actor): Promise<{ removed: number; restored: number }> {
  return db.transaction().execute(async (trx) => {
    const batch = await trx.selectFrom('import_batches').select(['id', 'undone_at']).where('id', '=', batchId).forUpdate().executeTakeFirst()
    if (!batch) throw new ApiError(404, 'not_found', `No import batch ${batchId}`)
    if (batch.undone_at) throw new ApiError(409, 'conflict', `Import batch ${batchId} was already undone`)
    const rows = await trx.selectFrom('import_batch_rows').selectAll().where('batch_id', '=', batchId).orderBy('id', 'desc').execute()
    const inserted = rows.filter((r) => r.action === 'insert').map((r) => r.parcel_id)
    if (inserted.length > 0) {
      const used = await trx.selectFrom('projects').select(['code', 'parcel_id']).where('parcel_id', 'in', inserted).executeTakeFirst()
      if (used) throw new ApiError(409, 'conflict', `parcel ${used.parcel_id} from this batch is now held by project ${used.code}; undo refused`)
      await removeParcels(trx, inserted, actor)
    }
    for (const row of rows.filter((r) => r.action === 'update')) await restoreParcel(trx, row.parcel_id, row.before as Record<string, unknown>, actor)
    await trx.updateTable('import_batches').set({ undone_at: new Date().toISOString(), undone_by: actor.name }).where('id', '=', batchId).execute()
    return { removed: inserted.length, restored: rows.length - inserted.length }
  })
}
