import type { DbOrTrx } from '../db/database.js'
import type { Role } from './policy.js'

export interface SessionUser {
  id: number
  name: string
  displayName: string
  role: Role
}

export async function findLoginCandidate(db: DbOrTrx, name: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'display_name as displayName', 'role', 'password_hash as passwordHash', 'disabled'])
    .where('name', '=', name)
    .executeTakeFirst()
}

export async function insertSession(
  db: DbOrTrx,
  session: { tokenHash: string; userId: number; csrfToken: string; expiresAt: Date },
) {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute()
}

/** A live session of an enabled user, or nothing: expired, revoked and disabled all look the same. */
export async function findLiveSession(
  db: DbOrTrx,
  tokenHash: string,
): Promise<{ user: SessionUser; csrfToken: string } | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.name', 'u.display_name', 'u.role', 's.csrf_token'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', new Date())
    .where('u.disabled', '=', false)
    .executeTakeFirst()
  if (!row) return undefined
  return {
    user: { id: row.id, name: row.name, displayName: row.display_name, role: row.role },
    csrfToken: row.csrf_token,
  }
}

export async function deleteSession(db: DbOrTrx, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
}

export async function deleteUserSessions(db: DbOrTrx, userId: number) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute()
}

export async function deleteExpiredSessions(db: DbOrTrx) {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute()
}
