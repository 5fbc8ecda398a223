import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { Actor } from '../audit/audit.repo.js'
import type { AppEnv } from '../http/app-env.js'
import { findLiveSession } from './auth.repo.js'
import type { Principal } from './policy.js'
import { hashToken, SESSION_COOKIE } from './session-token.js'

/** Resolves the session cookie to a user; a missing, forged, expired or revoked cookie leaves the request anonymous. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE)
  if (token && token.length <= 128) {
    const tokenHash = hashToken(token)
    const found = await findLiveSession(c.var.deps.db, tokenHash)
    if (found) c.set('session', { ...found, tokenHash })
  }
  await next()
})

export function principalOf(c: { var: AppEnv['Variables'] }): Principal {
  return c.var.session?.user.role ?? 'public'
}

/** Who the audit trail names for this request's writes. */
export function actorOf(c: { var: AppEnv['Variables'] }): Actor {
  const user = c.var.session?.user
  return user ? { id: user.id, name: user.name } : { id: null, name: 'anonymous' }
}
