import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Context, Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { apiRouters } from './api-routers.js'
import { openAccess, refuseUndeclaredAccess } from './auth/access.js'
import { authenticate } from './auth/authenticate.js'
import { csrfProtection } from './auth/csrf.js'
import { LoginThrottle } from './auth/login-throttle.js'
import type { AppDeps, AppEnv } from './http/app-env.js'
import { compressResponses } from './http/compression.js'
import { handleError, handleNotFound } from './http/error-handler.js'
import { guardInput } from './http/input-guard.js'
import { linkPreview, withPreview } from './http/link-preview.js'
import { shedLoad } from './http/load-shedding.js'
import { createRouter } from './http/router.js'
import { limitRequestBody, privateCaching, securityHeaders, strictTransport } from './http/security.js'
import { LeadGuard } from './leads/lead-guard.js'

function createApi() {
  const api = createRouter()
  // Mounted one by one, not chained: the web types its client per router (server/api-routers.ts), so the type of all
  // routes merged is never built; building it cost the type-check 5 s.
  for (const router of apiRouters as unknown as readonly OpenAPIHono<AppEnv>[]) api.route('/', router)
  return api
}

/** Answered without the database, so they answer at once even when the server is shedding load. */
const UNGATED = new Set(['/api/health', '/api/config'])

export function createApp(deps: AppDeps) {
  const api = createRouter()
  // Every API request: private caching, a body limit, no control characters or overlong text, who is asking, CSRF,
  // and a declared access rule.
  const gate = shedLoad(deps.config.load)
  api.use('*', privateCaching, limitRequestBody(), guardInput, (c, next) =>
    UNGATED.has(c.req.path) ? next() : gate(c, next),
  )
  api.use('*', authenticate, csrfProtection, refuseUndeclaredAccess)
  api.use('/openapi.json', openAccess)
  const routes = api.route('/', createApi())
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Invest Atlas API · 招商一张图', version: '0.1.0' },
    servers: [{ url: '/api' }],
  })
  api.notFound(handleNotFound)

  const app = createRouter()
  const throttle = new LoginThrottle()
  const leadGuard = new LeadGuard(deps.config.leads)
  app.use('*', compressResponses(), requestId(), securityHeaders(deps.config), strictTransport(deps.config))
  app.use('*', async (c, next) => {
    c.set('deps', deps)
    c.set('throttle', throttle)
    c.set('leadGuard', leadGuard)
    await next()
  })
  app.onError(handleError)
  app.notFound(handleNotFound)
  const routed = app.route('/api', routes)
  if (deps.webRoot) serveWebApp(app, deps.webRoot)
  return routed
}

/** The built single-page app: files as they are, every other non-API path gets index.html. */
function serveWebApp(app: Hono<AppEnv>, webRoot: string) {
  const indexFile = join(webRoot, 'index.html')
  if (!existsSync(indexFile)) throw new Error(`Web app not built: ${indexFile} is missing (run npm run build)`)
  const indexHtml = readFileSync(indexFile, 'utf8')
  // Built assets carry their content's hash in their names: a browser may keep them for good. (Set on the way out:
  // serveStatic's onFound runs after its answer is made, too late for a header.)
  app.use(
    '/assets/*',
    async (c, next) => {
      await next()
      if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable')
    },
    serveStatic({ root: webRoot, precompressed: true }),
  )
  const servePage = async (c: Context<AppEnv>) => {
    if (c.req.path.startsWith('/api/')) return handleNotFound(c)
    c.header('Cache-Control', 'no-cache')
    const url = new URL(c.req.url)
    // A preview is a courtesy to link scrapers: the page itself must open whatever the database says meanwhile.
    const preview = await linkPreview(c.var.deps.db, url).catch(() => null)
    return c.html(preview ? await withPreview(indexHtml, preview, url) : indexHtml)
  }
  // The home page too (a shared link is `/?block=…`), before the static files would answer it with index.html as is.
  app.get('/', servePage)
  app.use('*', serveStatic({ root: webRoot, precompressed: true }))
  app.get('*', servePage)
}
