import type { Db, DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { VersionConflict } from '../http/versioning.js'
import { type Actor, recordAudit } from './audit.repo.js'

export interface VersionedSnapshot {
  version: number
  [field: string]: unknown
}

export interface AuditedUpdate {
  actor: Actor
  entity: string
  id: number
  expectedVersion: number
  /** Reads the record and locks it for this transaction (SELECT … FOR UPDATE). */
  lock: (trx: DbOrTrx, id: number) => Promise<VersionedSnapshot | undefined>
  /** Applies the change and bumps the version; may refuse it after seeing the record as it stands. */
  apply: (trx: DbOrTrx, id: number, before: VersionedSnapshot) => Promise<void>
}

/**
 * Optimistic concurrency and the audit trail in one transaction: a stale version is refused with 412,
 * and the audit row exists if and only if the change committed.
 */
export async function auditedUpdate(db: Db, update: AuditedUpdate): Promise<VersionedSnapshot> {
  return db.transaction().execute(async (trx) => {
    const before = await update.lock(trx, update.id)
    if (!before) throw new ApiError('not_found', `No ${update.entity} with id ${update.id}`)
    if (before.version !== update.expectedVersion) throw new VersionConflict(before.version)
    await update.apply(trx, update.id, before)
    const after = await update.lock(trx, update.id)
    await recordAudit(trx, {
      actor: update.actor,
      action: 'update',
      entity: update.entity,
      entityId: update.id,
      before,
      after,
    })
    return after!
  })
}

export interface AuditedCreate<T> {
  actor: Actor
  entity: string
  insert: (trx: DbOrTrx) => Promise<number>
  read: (trx: DbOrTrx, id: number) => Promise<T | undefined>
}

export async function auditedCreate<T>(db: Db, create: AuditedCreate<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const id = await create.insert(trx)
    const after = await create.read(trx, id)
    await recordAudit(trx, {
      actor: create.actor,
      action: 'create',
      entity: create.entity,
      entityId: id,
      before: null,
      after,
    })
    return after!
  })
}
