import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { demoAccounts } from '../demo/demo-accounts.js'
import { ApiError } from '../http/api-error.js'
import type { AppEnv } from '../http/app-env.js'
import { clientAddress } from '../http/client-address.js'
import { createRouter } from '../http/router.js'
import { openRoute } from './access.js'
import {
  deleteExpiredSessions,
  deleteSession,
  findLoginCandidate,
  insertSession,
  type SessionUser,
} from './auth.repo.js'
import { demoLoginBodySchema, loginBodySchema, sessionSchema } from './auth.schema.js'
import { principalOf } from './authenticate.js'
import { offersDemoSignIn } from './demo-sign-in.js'
import { unmatchableHash, verifyPassword } from './password.js'
import { permissionsOf } from './policy.js'
import { hashToken, newToken, SESSION_COOKIE } from './session-token.js'

/** A browser that has signed in before: its sign-ins are not slowed down by others' failures. */
const DEVICE_COOKIE = 'atlas_device'
const DEVICE_DAYS = 180

const errors = {
  401: { description: 'Wrong user name or password' },
  429: { description: 'Too many failed attempts; see Retry-After' },
}

const login = createRoute({
  method: 'post',
  path: '/auth/login',
  summary: 'Sign in; sets an HttpOnly session cookie',
  ...openRoute,
  request: { body: { content: { 'application/json': { schema: loginBodySchema } }, required: true } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: sessionSchema } } },
    ...errors,
  },
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
  responses: {
    200: { description: 'The current session', content: { 'application/json': { schema: sessionSchema } } },
  },
})

const demoLogin = createRoute({
  method: 'post',
  path: '/auth/demo-login',
  summary: 'Demo mode, from this machine only: sign in as a demo account in one click, without its password',
  ...openRoute,
  request: { body: { content: { 'application/json': { schema: demoLoginBodySchema } }, required: true } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: sessionSchema } } },
    404: { description: 'Not offered to this request' },
  },
})

/** A new session for the user: the cookie (and the device cookie of a password sign-in), and the CSRF token. */
async function startSession(c: Context<AppEnv>, user: SessionUser, device?: string) {
  const token = newToken()
  const csrfToken = newToken()
  const { db, config } = c.var.deps
  await deleteExpiredSessions(db)
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken,
    expiresAt: new Date(Date.now() + config.sessionHours * 3600_000),
  })
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: config.sessionHours * 3600,
  })
  if (device)
    setCookie(c, DEVICE_COOKIE, device, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: config.secureCookies,
      path: '/api/auth',
      maxAge: DEVICE_DAYS * 86_400,
    })
  return c.json({ user, permissions: permissionsOf(user.role), csrfToken }, 200)
}

export const authRoutes = createRouter()
  .openapi(login, async (c) => {
    const { name, password } = c.req.valid('json')
    const user = await checkCredentials(c, name, password)
    return startSession(c, user, c.var.throttle.rememberDevice(name, getCookie(c, DEVICE_COOKIE)))
  })
  .openapi(demoLogin, async (c) => {
    const { name } = c.req.valid('json')
    const candidate =
      offersDemoSignIn(c) && demoAccounts.some((a) => a.name === name)
        ? await findLoginCandidate(c.var.deps.db, name)
        : undefined
    // Refused as if the route were not there: nothing tells a remote caller that demo accounts exist.
    if (!candidate || candidate.disabled) throw new ApiError('not_found', 'No demo sign-in here')
    return startSession(c, sessionUserOf(candidate))
  })
  .openapi(logout, async (c) => {
    const session = c.var.session
    if (session) await deleteSession(c.var.deps.db, session.tokenHash)
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.body(null, 204)
  })
  .openapi(getSession, (c) => {
    const session = c.var.session
    return c.json(
      {
        user: session?.user ?? null,
        permissions: permissionsOf(principalOf(c)),
        csrfToken: session?.csrfToken ?? null,
      },
      200,
    )
  })

async function checkCredentials(c: Context<AppEnv>, name: string, password: string): Promise<SessionUser> {
  const throttle = c.var.throttle
  const address = clientAddress(c, c.var.deps.config.trustProxy)
  // A browser that signed in as this name before, or that holds this user's live session, is not held back: the
  // delays are for guessers, who have neither.
  const trusted = throttle.knowsDevice(getCookie(c, DEVICE_COOKIE), name) || c.var.session?.user.name === name
  const wait = trusted ? 0 : throttle.retryAfter(name, address)
  if (wait > 0) {
    c.header('Retry-After', String(wait))
    throw new ApiError(
      'too_many_attempts',
      `Too many failed sign-ins; try again in ${wait} s (登录失败次数过多，请 ${wait} 秒后再试)`,
    )
  }
  const candidate = await findLoginCandidate(c.var.deps.db, name)
  // Unknown names are checked against a dummy hash, so timing does not reveal which names exist.
  const valid = await verifyPassword(password, candidate?.passwordHash ?? unmatchableHash)
  if (!candidate || !valid || candidate.disabled) {
    throttle.recordFailure(name, address)
    throw new ApiError('invalid_credentials', 'Wrong user name or password (用户名或密码错误)')
  }
  throttle.recordSuccess(name)
  return sessionUserOf(candidate)
}

/** What a session knows of its user: the sign-in candidate without its password hash or state. */
const sessionUserOf = ({ id, name, displayName, role }: SessionUser): SessionUser => ({ id, name, displayName, role })
