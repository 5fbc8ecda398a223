import type { z } from '@hono/zod-openapi'
import { type Actor, recordAudit } from '../audit/audit.repo.js'
import type { Db } from '../db/database.js'
import { uploadedFileOf } from '../imports/import-request.js'
import { inImportThread } from '../imports/imports.js'
import { deleteOwnContext, insertImportedContext } from './context.repo.js'
import type { ContextImportBody, contextImportResultSchema } from './context.schema.js'

type ContextImportResult = z.infer<typeof contextImportResultSchema>

/** Each statement inserts this many features, so a file at the feature limit never runs one past the timeout. */
const CHUNK = 2000

/**
 * Reads the file in the import thread (the land import's readers, CRS diagnosis and limits), then keeps its lines
 * and polygons as one kind of context, all in one transaction with its audit row: a refused file changes nothing.
 */
export async function importContext(db: Db, body: ContextImportBody, actor: Actor): Promise<ContextImportResult> {
  const file = uploadedFileOf(body)
  const prepared = await inImportThread({ op: 'context', ...file, nameColumn: body.name_column })
  return db.transaction().execute(async (trx) => {
    const replaced = body.replace ? await deleteOwnContext(trx, body.kind) : 0
    const refused: number[] = []
    for (let start = 0; start < prepared.features.length; start += CHUNK) {
      const chunk = prepared.features.slice(start, start + CHUNK)
      refused.push(...(await insertImportedContext(trx, body.kind, chunk, prepared.srid)))
    }
    const result = {
      kind: body.kind,
      srid: prepared.srid,
      name_column: prepared.nameColumn,
      inserted: prepared.features.length - refused.length,
      replaced,
      refused_rows: refused,
    }
    await recordAudit(trx, {
      actor,
      action: 'create',
      entity: 'context_features',
      entityId: body.kind,
      before: null,
      after: { file: body.file_name, ...result },
    })
    return result
  })
}
