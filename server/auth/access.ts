import type { Context, MiddlewareHandler } from 'hono'
import { createMiddleware } from 'hono/factory'
import { ApiError } from '../http/api-error.js'
import type { AppEnv } from '../http/app-env.js'
import { errorEnvelope, logRequest } from '../http/error-handler.js'
import { principalOf } from './authenticate.js'
import { type Action, can, type Resource } from './policy.js'

/** The one place the policy table is enforced: 401 for the anonymous, 403 for a role without the right. */
export function assertCan(c: Context<AppEnv>, resource: Resource, action: Action) {
  const principal = principalOf(c)
  if (can(principal, resource, action)) return
  if (principal === 'public') throw new ApiError('unauthenticated', 'Sign in to continue (请先登录)')
  throw new ApiError('forbidden', `The ${principal} role may not ${action} ${resource}`)
}

/** Route middleware: declares and checks what a route touches. */
export function requires(resource: Resource, action: Action) {
  return createMiddleware<AppEnv>(async (c, next) => {
    assertCan(c, resource, action)
    c.set('access', `${resource}:${action}`)
    await next()
  })
}

/** Route middleware for what anyone may call (health, sign-in): declared, so it is not refused. */
export const openAccess = createMiddleware<AppEnv>(async (c, next) => {
  c.set('access', 'open')
  await next()
})

/**
 * Fails closed: a successful API response from a route that declared no access rule is replaced by an error,
 * so a forgotten `requires(…)` breaks loudly in tests instead of leaking quietly in production.
 */
export const refuseUndeclaredAccess = createMiddleware<AppEnv>(async (c, next) => {
  await next()
  if (c.res.status < 400 && !c.var.access) {
    console.error(logRequest(c, 'has no access rule; response withheld'))
    c.res = c.json(errorEnvelope(c, 'internal', 'Internal server error'), 500)
  }
})

/** For choosing what to show (e.g. staff fields), from the same table; never a substitute for `requires`. */
export function allows(c: Context<AppEnv>, resource: Resource, action: Action): boolean {
  return can(principalOf(c), resource, action)
}

/**
 * For `createRoute({...access('parcels', 'read'), …})`: checks the rule and records it in the OpenAPI
 * document as `x-access`, where tests read which rule each route claims.
 */
export function access(resource: Resource, action: Action): RouteAccess {
  return { middleware: [requires(resource, action)], 'x-access': `${resource}:${action}` }
}

export const openRoute: RouteAccess = { middleware: [openAccess], 'x-access': 'open' }

interface RouteAccess {
  middleware: [MiddlewareHandler<AppEnv>]
  'x-access': string
}
