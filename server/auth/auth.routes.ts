import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { ApiError } from '../http/api-error.js'
import type { AppEnv } from '../http/app-env.js'
import { createRouter } from '../http/router.js'
import { openRoute } from './access.js'
import { deleteExpiredSessions, deleteSession, findLoginCandidate, insertSession, type SessionUser } from './auth.repo.js'
import { loginBodySchema, sessionSchema } from './auth.schema.js'
import { principalOf } from './authenticate.js'
import { unmatchableHash, verifyPassword } from './password.js'
import { permissionsOf } from './policy.js'
import { hashToken, newToken, SESSION_COOKIE } from './session-token.js'

const errors = { 401: { description: 'Wrong user name or password' }, 429: { description: 'Too many failed attempts; see Retry-After' } }

const login = createRoute({
  method: 'post',
  path: '/auth/login',
  summary: 'Sign in; sets an HttpOnly session cookie',
  ...openRoute,
  request: { body: { content: { 'application/json': { schema: loginBodySchema } }, required: true } },
  responses: { 200: { description: 'Signed in', content: { 'application/json': { schema: sessionSchema } } }, ...errors },
})

const logout = createRoute({
  method: 'post',
  path: '/auth/logout',
  summary: 'Sign out: the session is deleted on the server',
  ...openRoute,
  responses: { 204: { description: 'Signed out' } },
})

const getSession = createRoute({
  method: 'get',
  path: '/auth/session',
  summary: 'Who is signed in and what they may do',
  ...openRoute,
  responses: { 200: { description: 'The current session', content: { 'application/json': { schema: sessionSchema } } } },
})

export const authRoutes = createRouter()
  .openapi(login, async (c) => {
    const { name, password } = c.req.valid('json')
    const user = await checkCredentials(c, name, password)
    const token = newToken()
    const csrfToken = newToken()
    const { db, config } = c.var.deps
    await deleteExpiredSessions(db)
    await insertSession(db, { tokenHash: hashToken(token), userId: user.id, csrfToken, expiresAt: new Date(Date.now() + config.sessionHours * 3600_000) })
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: config.secureCookies,
      path: '/',
      maxAge: config.sessionHours * 3600,
    })
    return c.json({ user, permissions: permissionsOf(user.role), csrfToken }, 200)
  })
  .openapi(logout, async (c) => {
    const session = c.var.session
    if (session) await deleteSession(c.var.deps.db, session.tokenHash)
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.body(null, 204)
  })
  .openapi(getSession, (c) => {
    const session = c.var.session
    return c.json({ user: session?.user ?? null, permissions: permissionsOf(principalOf(c)), csrfToken: session?.csrfToken ?? null }, 200)
  })

async function checkCredentials(c: Context<AppEnv>, name: string, password: string): Promise<SessionUser> {
  const throttle = c.var.throttle
  const address = clientAddress(c)
  const wait = throttle.retryAfter(name, address)
  if (wait > 0) {
    c.header('Retry-After', String(wait))
    throw new ApiError(429, 'too_many_attempts', `Too many failed sign-ins; try again in ${wait} s`)
  }
  const candidate = await findLoginCandidate(c.var.deps.db, name)
  // Unknown names are checked against a dummy hash, so timing does not reveal which names exist.
  const valid = await verifyPassword(password, candidate?.passwordHash ?? unmatchableHash)
  if (!candidate || !valid || candidate.disabled) {
    throttle.recordFailure(name, address)
    throw new ApiError(401, 'invalid_credentials', 'Wrong user name or password (用户名或密码错误)')
  }
  throttle.recordSuccess(name)
  return { id: candidate.id, name: candidate.name, displayName: candidate.displayName, role: candidate.role }
}

function clientAddress(c: Context<AppEnv>): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  return incoming?.socket?.remoteAddress ?? 'local'
}
