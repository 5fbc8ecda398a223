import { sql } from 'kysely'
import type { Role } from '../auth/policy.js'
import type { DbOrTrx } from '../db/database.js'

const publicColumns = ['id', 'name', 'display_name', 'role', 'disabled', 'version', 'created_at'] as const

export async function listUsers(db: DbOrTrx) {
  return db.selectFrom('users').select(publicColumns).orderBy('name').execute()
}

export async function findUser(db: DbOrTrx, id: number) {
  return db.selectFrom('users').select(publicColumns).where('id', '=', id).executeTakeFirst()
}

export async function findUserIdByName(db: DbOrTrx, name: string): Promise<number | undefined> {
  return (await db.selectFrom('users').select('id').where('name', '=', name).executeTakeFirst())?.id
}

export interface NewUser {
  name: string
  displayName: string
  role: Role
  passwordHash: string
}

export async function insertUser(db: DbOrTrx, user: NewUser): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({ name: user.name, display_name: user.displayName, role: user.role, password_hash: user.passwordHash })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The audited image of a user: never the password hash, only whether it changed. */
export async function lockUserSnapshot(trx: DbOrTrx, id: number) {
  const row = await trx
    .selectFrom('users as u')
    .select(
      sql<
        Record<string, unknown>
      >`to_jsonb(u) - 'password_hash' || jsonb_build_object('password_fingerprint', left(md5(u.password_hash), 8))`.as(
        'snapshot',
      ),
    )
    .where('u.id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  return row && (row.snapshot as { version: number } & Record<string, unknown>)
}

export interface UserChanges {
  display_name?: string
  role?: Role
  disabled?: boolean
  password_hash?: string
}

export async function updateUser(trx: DbOrTrx, id: number, changes: UserChanges) {
  await trx
    .updateTable('users')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute()
}

export async function countUsers(db: DbOrTrx): Promise<number> {
  const row = await db.selectFrom('users').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
  return row.n
}
