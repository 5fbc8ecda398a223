import { type Actor, recordAudit } from '../audit/audit.repo.js'
import type { Db } from '../db/database.js'
import { uploadedFileOf } from '../imports/import-request.js'
import { inImportThread } from '../imports/imports.js'
import { spacePlaces, upsertBuildings, upsertUnits } from './space-import.repo.js'
import type { SpaceImportBody } from './space-import.schema.js'
import { readSpaceRows } from './space-import-rows.js'

/**
 * A 载体清单 (one row a unit): read off the server's thread, every bad cell named by row and column, then the
 * buildings and units written in one transaction with its audit row, or not at all. A dry run only reports.
 */
export async function importSpace(db: Db, body: SpaceImportBody, actor: Actor) {
  const table = await inImportThread({ op: 'table', ...uploadedFileOf(body) })
  const read = readSpaceRows(table, await spacePlaces(db))
  const summary = {
    dry_run: body.dry_run,
    rows: table.rows.length,
    buildings: read.buildings.length,
    units: read.units.length,
    not_imported_columns: read.unused,
    errors: read.errors,
  }
  // As land imports do: a file with any bad cell is reported whole and commits nothing.
  if (read.errors.length > 0 || body.dry_run)
    return { ...summary, ok: read.errors.length === 0, committed: false, created: null, updated: null }
  return db.transaction().execute(async (trx) => {
    const buildings = await upsertBuildings(trx, read.buildings)
    const units = await upsertUnits(trx, read.units, buildings.ids)
    const result = {
      ...summary,
      ok: true,
      committed: true,
      created: { buildings: buildings.created, units: units.created },
      updated: { buildings: buildings.updated, units: units.updated },
    }
    await recordAudit(trx, {
      actor,
      action: 'create',
      entity: 'buildings',
      entityId: body.file_name,
      before: null,
      after: { file: body.file_name, ...result },
    })
    return result
  })
}
