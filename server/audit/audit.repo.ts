import type { DbOrTrx } from '../db/database.js'
import type { AuditAction } from './audit.table.js'

export interface Actor {
  id: number | null
  name: string
}

export interface AuditEntry {
  actor: Actor
  action: AuditAction
  entity: string
  entityId: string | number
  before: unknown
  after: unknown
}

const jsonOrNull = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value))

/** Call inside the write's own transaction: the audit row commits or rolls back with it. */
export async function recordAudit(db: DbOrTrx, entry: AuditEntry) {
  await db
    .insertInto('audit_log')
    .values({
      user_id: entry.actor.id,
      user_name: entry.actor.name,
      action: entry.action,
      entity: entry.entity,
      entity_id: String(entry.entityId),
      before: jsonOrNull(entry.before),
      after: jsonOrNull(entry.after),
    })
    .execute()
}

export async function auditHistory(db: DbOrTrx, entity: string, entityId: string, limit: number) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'at', 'user_name', 'action', 'before', 'after'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

export async function countAuditRows(db: DbOrTrx, entity: string, entityId: string): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
