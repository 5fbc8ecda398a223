/**
 * The one import engine behind the CLI, the API and the upload dialog: read → map the columns → diagnose the CRS →
 * dry run in the database → report; and, when asked and clean, commit in one transaction as a batch that can be
 * undone. Every format feeds the same steps; a land list's rows become features only once the mapping is known.
 */
import type { Actor } from '../audit/audit.repo.js'
import type { Db } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { describeDatabaseError } from '../http/error-handler.js'
import { threadPool } from '../threads/thread-pool.js'
import type { ColumnMapping } from './field-synonyms.js'
import { removeParcels, restoreParcel } from './import-batches.repo.js'
import { type CommitRow, commitBatch } from './import-commit.repo.js'
import { type Lang, render, said } from './import-messages.js'
import type { FileRequest } from './import-prepare.js'
import { type PresentedProblem, type PresentedReport, presentProblems, sayAll } from './import-present.js'
import { type PreviewInput, type PreviewRow, previewFeatures } from './import-preview.repo.js'
import { markProfileUsed, profileNamed } from './import-profiles.repo.js'
import { langOf } from './import-read.js'
import type { ImportResults, ImportTask } from './import-thread.js'

export interface ImportRequest extends FileRequest {
  repair: boolean
  dryRun: boolean
  /** Commit the rows without errors, leaving the others out, instead of refusing the whole file. */
  skipBadRows?: boolean
  /** A location point list: how far a point may lie from its parcel, and whether an unknown code refuses all. */
  pointToleranceM?: number
  allOrNothing?: boolean
  /** A saved mapping's name: its columns the file has are mapped as saved. */
  profile?: string
  actor: Actor
}

export interface ImportResult {
  srid: number
  /** What reading the file noticed and handled (an encoding other than declared…). */
  notes: string[]
  mapping: ColumnMapping
  crsProblems: PresentedProblem[]
  report: PresentedReport
  batch: { id: number; inserted: number; updated: number; unchanged: number } | null
  /** Rows with errors left out of the commit when asked to skip them. */
  skippedRows: number[]
  /** The outlines as the dry run sees them (WGS84, repaired where asked), for the preview map; keyed by row. */
  outlines: { row: number; geometry: string }[]
}

/** Reading and reporting run in a worker thread; the server's thread only waits for them and for the database. */
export const inImportThread = threadPool<ImportTask, ImportResults>(new URL('./import-thread.ts', import.meta.url))

export async function runImport(db: Db, request: ImportRequest): Promise<ImportResult> {
  const { actor, repair, dryRun, pointToleranceM, allOrNothing, profile, ...file } = request
  const prepared = await inImportThread({ op: 'prepare', ...file, ...(await withProfile(db, profile, file)) })
  const { srid, mapped, tooComplex } = prepared
  const preview = await previewInChunks(db, prepared.inputs, srid)
  const lang = langOf(request)
  const points = { pointToleranceM, allOrNothing }
  const report = await inImportThread({ op: 'report', mapped, preview, repair, tooComplex, lang, ...points })
  const result = {
    srid,
    notes: sayAll(prepared.notes, lang),
    mapping: prepared.mapping,
    crsProblems: presentProblems(prepared.problems, lang),
    report,
    outlines: preview.filter((p) => p.geometry !== null).map((p) => ({ row: p.row, geometry: p.geometry! })),
  }
  const skippedRows = report.rows.filter((r) => r.errors.length > 0 || r.action === 'skip').map((r) => r.row)
  const skipped = new Set(skippedRows)
  const committing = mapped.filter((m) => !skipped.has(m.row))
  const refused = (!report.ok && !request.skipBadRows) || committing.length === 0
  if (dryRun || refused) return { ...result, batch: null, skippedRows: [] }
  const previewOf = new Map(preview.map((p) => [p.row, p]))
  const rows: CommitRow[] = committing.map((m) => {
    const p = previewOf.get(m.row)!
    return { row: m.row, fields: m.fields, geometry: p.geometry!, regionId: p.regionId, existingId: p.existingId }
  })
  const info = { fileName: request.fileName, sha256: prepared.sha256, format: request.format, srid, actor }
  const batch = await commitBatch(db, info, rows, (row, e) => refusedRow(row, e, lang))
  return { ...result, batch, skippedRows }
}

/** A saved mapping, read here (the import thread has no database) and marked as the one used last. */
async function withProfile(db: Db, name: string | undefined, file: FileRequest): Promise<Partial<FileRequest>> {
  if (name === undefined) return {}
  const saved = await profileNamed(db, name)
  if (!saved) throw new ApiError('invalid_request', `profile: no saved mapping “${name}”`)
  await markProfileUsed(db, name)
  return { profileFields: saved.fields, areaUnit: file.areaUnit ?? saved.area_unit ?? undefined }
}

/**
 * Each statement of the dry run checks this many outlines, so a file at the feature limit never runs one statement
 * past the statement timeout, and (on PGlite) other requests get the database between chunks.
 */
const PREVIEW_CHUNK = 1000

async function previewInChunks(db: Db, inputs: PreviewInput[], srid: number): Promise<PreviewRow[]> {
  const rows: PreviewRow[] = []
  for (let start = 0; start < inputs.length; start += PREVIEW_CHUNK)
    rows.push(...(await previewFeatures(db, inputs.slice(start, start + PREVIEW_CHUNK), srid)))
  return rows
}

/**
 * A value the database still refuses (the dry run checks what the constraints check, so this is a last guard):
 * the row and the field are named, never the database's own text, and nothing is kept.
 */
function refusedRow(row: CommitRow, e: Error & { code?: string }, lang: Lang): Error {
  const safe = describeDatabaseError(e)
  if (safe)
    return new ApiError('invalid_row', render(said('row_refused', { row: row.row, reason: safe.message }), lang))
  return e
}

/** Undoes a whole batch: its new parcels go, its updated ones return to what they were. Refused if since used. */
export async function undoBatch(db: Db, batchId: number, actor: Actor): Promise<{ removed: number; restored: number }> {
  return db.transaction().execute(async (trx) => {
    const batch = await trx
      .selectFrom('import_batches')
      .select(['id', 'undone_at'])
      .where('id', '=', batchId)
      .forUpdate()
      .executeTakeFirst()
    if (!batch) throw new ApiError('not_found', `No import batch ${batchId}`)
    if (batch.undone_at) throw new ApiError('conflict', `Import batch ${batchId} was already undone`)
    const rows = await trx
      .selectFrom('import_batch_rows')
      .selectAll()
      .where('batch_id', '=', batchId)
      .orderBy('id', 'desc')
      .execute()
    const inserted = rows.filter((r) => r.action === 'insert').map((r) => r.parcel_id)
    if (inserted.length > 0) {
      const used = await trx
        .selectFrom('projects')
        .select(['code', 'parcel_id'])
        .where('parcel_id', 'in', inserted)
        .executeTakeFirst()
      if (used)
        throw new ApiError(
          'conflict',
          `parcel ${used.parcel_id} from this batch is now held by project ${used.code}; undo refused`,
        )
      await removeParcels(trx, inserted, actor)
    }
    for (const row of rows.filter((r) => r.action === 'update'))
      await restoreParcel(trx, row.parcel_id, row.before as Record<string, unknown>, actor)
    await trx
      .updateTable('import_batches')
      .set({ undone_at: new Date().toISOString(), undone_by: actor.name })
      .where('id', '=', batchId)
      .execute()
    return { removed: inserted.length, restored: rows.length - inserted.length }
  })
}
