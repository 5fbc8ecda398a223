/** Undoing an import batch, and the list of batches: what the import dialog's history offers. */
import { sql } from 'kysely'
import { type Actor, recordAudit } from '../audit/audit.repo.js'
import type { DbOrTrx } from '../db/database.js'
import { lockParcelSnapshot } from '../land/parcels.repo.js'
import { importedColumns } from './import-commit.repo.js'

/** Puts an updated parcel back as the batch found it (outline included), audited. */
export async function restoreParcel(trx: DbOrTrx, id: number, before: Record<string, unknown>, actor: Actor) {
  const current = await lockParcelSnapshot(trx, id)
  const columns = Object.fromEntries(importedColumns.filter((c) => c in before).map((c) => [c, before[c]]))
  await trx
    .updateTable('parcels')
    .set({
      ...columns,
      geom: sql`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(before.geom)}), 4326))`,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    } as never)
    .where('id', '=', id)
    .execute()
  await recordAudit(trx, {
    actor,
    action: 'update',
    entity: 'parcels',
    entityId: id,
    before: current,
    after: await lockParcelSnapshot(trx, id),
  })
}

/** Removes parcels an undone batch had added, audited. */
export async function removeParcels(trx: DbOrTrx, ids: readonly number[], actor: Actor) {
  for (const id of ids)
    await recordAudit(trx, {
      actor,
      action: 'delete',
      entity: 'parcels',
      entityId: id,
      before: await lockParcelSnapshot(trx, id),
      after: null,
    })
  if (ids.length > 0)
    await trx
      .deleteFrom('parcels')
      .where('id', 'in', [...ids])
      .execute()
}

/** Import batches, newest first. */
export async function listBatches(db: DbOrTrx) {
  const rows = await db.selectFrom('import_batches').selectAll().orderBy('id', 'desc').limit(200).execute()
  const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString())
  return rows.map((b) => ({ ...b, created_at: iso(b.created_at)!, undone_at: iso(b.undone_at) }))
}
