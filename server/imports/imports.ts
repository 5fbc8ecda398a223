/**
 * The one import engine behind the CLI, the API and the upload dialog: read → diagnose the CRS → map the columns →
 * dry run in the database → report; and, when asked and clean, commit in one transaction as a batch that can be
 * undone. GeoJSON and zipped Shapefiles are read so far; Excel, KML and DXF readers are to feed the same steps.
 */
import { createHash } from 'node:crypto'
import type { Actor } from '../audit/audit.repo.js'
import type { Db } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { type ShiftedSystem, unshift } from './china-offsets.js'
import { type CrsProblem, diagnoseCoordinates } from './crs-diagnose.js'
import { type AreaUnit, type ColumnMapping, type MappableField, mapRow, proposeMapping } from './field-mapping.js'
import { type CommitRow, removeParcels, restoreParcel, writeParcel } from './import-commit.repo.js'
import { previewFeatures } from './import-preview.repo.js'
import { buildReport, type ImportReport } from './import-report.js'
import { ImportFileError, type ReadFile, readGeoJson, sampleCoordinates } from './geojson-reader.js'
import { readShapefileZip } from './shapefile-reader.js'

export type ImportFormat = 'geojson' | 'shapefile'

export interface ImportRequest {
  fileName: string
  format: ImportFormat
  /** GeoJSON text, or the bytes of a zipped Shapefile. */
  content: string | Uint8Array
  /** EPSG code chosen by the person importing; otherwise the file's own. */
  srid?: number
  /** Coordinates from 高德/百度 maps (lon/lat), converted to WGS84 first. */
  shifted?: ShiftedSystem
  mapping?: Record<string, MappableField>
  areaUnit?: AreaUnit
  repair: boolean
  dryRun: boolean
  actor: Actor
  /** Roughly where the data is (a district's centre), to tell a Gauss-Krüger zone without prefix. */
  hintLon?: number
}

export interface ImportResult {
  srid: number
  /** What reading the file noticed and handled (an encoding other than declared…). */
  notes: string[]
  mapping: ColumnMapping
  crsProblems: CrsProblem[]
  report: ImportReport
  batch: { id: number; inserted: number; updated: number; unchanged: number } | null
}

const BLOCKING: readonly CrsProblem['code'][] = ['degrees_declared_projected', 'metres_declared_degrees', 'zone_prefix_mismatch', 'zone_prefix_undeclared', 'swapped_axes', 'unknown_crs', 'not_finite']

async function readUpload(request: ImportRequest): Promise<ReadFile & { notes?: string[] }> {
  try {
    if (request.format === 'shapefile') return await readShapefileZip(typeof request.content === 'string' ? Buffer.from(request.content, 'base64') : request.content)
    return readGeoJson(typeof request.content === 'string' ? request.content : Buffer.from(request.content).toString('utf8'))
  } catch (e) {
    if (e instanceof ImportFileError) throw new ApiError(400, 'invalid_file', `${request.fileName}: ${e.message}`)
    throw e
  }
}

/** The CRS to read the file in, or a 400 saying what the coordinates look like instead. */
function chooseSrid(file: ReadFile, request: ImportRequest): { srid: number; problems: CrsProblem[] } {
  const declared = request.srid ?? file.srid
  const diagnosis = diagnoseCoordinates(sampleCoordinates(file), declared ?? null, request.hintLon)
  const blocking = diagnosis.problems.filter((p) => BLOCKING.includes(p.code))
  if (blocking.length > 0 || declared === null) {
    const advice = blocking.map((p) => p.message).join('; ') || 'no coordinate system in the file; choose one (EPSG:4490, 4326, 4513–4554)'
    throw new ApiError(400, 'invalid_crs', `${request.fileName}: ${advice}`)
  }
  if (request.shifted && declared !== 4326 && declared !== 4490) throw new ApiError(400, 'invalid_crs', 'shifted: GCJ-02/BD-09 coordinates are longitude and latitude; choose EPSG:4326')
  return { srid: declared, problems: diagnosis.problems }
}

function unshiftGeometry(coordinates: unknown, from: ShiftedSystem): unknown {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') return unshift(coordinates as [number, number], from)
  return (coordinates as unknown[]).map((c) => unshiftGeometry(c, from))
}

export async function runImport(db: Db, request: ImportRequest): Promise<ImportResult> {
  const file = await readUpload(request)
  const { srid, problems } = chooseSrid(file, request)
  const proposed = proposeMapping(file.headers, request.areaUnit)
  const mapping: ColumnMapping = request.mapping ? { ...proposed, fields: request.mapping, unmatched: file.headers.filter((h) => !(h in request.mapping!)) } : proposed
  const mapped = file.features.map((f) => ({ row: f.row, ...mapRow(f.properties, f.row, mapping) }))
  const geometries = file.features.map((f) => (request.shifted ? { ...f.geometry, coordinates: unshiftGeometry(f.geometry.coordinates, request.shifted) } : f.geometry))
  const preview = await previewFeatures(db, mapped.map((m, i) => ({ row: m.row, code: String(m.fields.code ?? `#${m.row}`), geometryJson: JSON.stringify(geometries[i]) })), srid)
  const report = buildReport(mapped, preview, { repair: request.repair })
  const notes = file.notes ?? []
  if (request.dryRun || !report.ok) return { srid, notes, mapping, crsProblems: problems, report, batch: null }
  const rows: CommitRow[] = mapped.map((m, i) => ({ row: m.row, fields: m.fields, geometry: preview[i]!.geometry, regionId: preview[i]!.regionId, existingId: preview[i]!.existingId }))
  const batch = await commitBatch(db, request, srid, rows)
  return { srid, notes, mapping, crsProblems: problems, report, batch }
}

/** All or nothing: a parcel that cannot be written rolls back the batch and every parcel before it. */
async function commitBatch(db: Db, request: ImportRequest, srid: number, rows: readonly CommitRow[]) {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('import_batches')
      .values({ file_name: request.fileName, file_sha256: createHash('sha256').update(request.content).digest('hex'), format: request.format, srid, created_by: request.actor.name })
      .returning('id')
      .executeTakeFirstOrThrow()
    const counts = { inserted: 0, updated: 0, unchanged: 0 }
    for (const row of rows) {
      const written = await writeParcel(trx, row, request.actor).catch((e: Error & { code?: string }) => {
        // A value the database refuses (a CHECK: tenure beyond 70 years…): the row is named, nothing is kept.
        if (e.code?.startsWith('23') || e.code?.startsWith('22')) throw new ApiError(400, 'invalid_row', `row ${row.row}: ${e.message}`)
        throw e
      })
      if (written.action === 'unchanged') counts.unchanged++
      else {
        counts[written.action === 'insert' ? 'inserted' : 'updated']++
        await trx.insertInto('import_batch_rows').values({ batch_id: id, parcel_id: written.id, action: written.action, before: written.before ? JSON.stringify(written.before) : null }).execute()
      }
    }
    await trx.updateTable('import_batches').set(counts).where('id', '=', id).execute()
    return { id, ...counts }
  })
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
