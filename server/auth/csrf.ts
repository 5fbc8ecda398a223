import { createMiddleware } from 'hono/factory'
import { ApiError } from '../http/api-error.js'
import type { AppEnv } from '../http/app-env.js'
import { CSRF_HEADER, sameToken } from './session-token.js'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * State-changing requests must come from our own pages: no cross-site Origin, and with a session,
 * the session's CSRF token in a header (which another site can neither read nor send).
 */
export const csrfProtection = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next()
  const origin = c.req.header('origin')
  // Hosts, not origins: behind a TLS-terminating proxy the request URL says http while the page says https.
  if (origin && hostOf(origin) !== new URL(c.req.url).host)
    throw new ApiError('csrf', 'Cross-site request refused (Origin)')
  if (c.req.header('sec-fetch-site') === 'cross-site') throw new ApiError('csrf', 'Cross-site request refused')
  const session = c.var.session
  if (session) {
    const sent = c.req.header(CSRF_HEADER)
    if (!sent || !sameToken(sent, session.csrfToken))
      throw new ApiError('csrf', `Missing or wrong ${CSRF_HEADER} header`)
  }
  await next()
})

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host
  } catch {
    return undefined
  }
}
