import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { auditRoutes } from './audit/audit.routes.js'
import { openAccess, refuseUndeclaredAccess } from './auth/access.js'
import { authRoutes } from './auth/auth.routes.js'
import { authenticate } from './auth/authenticate.js'
import { csrfProtection } from './auth/csrf.js'
import { LoginThrottle } from './auth/login-throttle.js'
import { throttlesRoutes } from './auth/throttles.routes.js'
import { chainEditsRoutes } from './chains/chain-edits.routes.js'
import { chainsRoutes } from './chains/chains.routes.js'
import { enterprisesRoutes } from './chains/enterprises.routes.js'
import { healthRoutes } from './health/health.routes.js'
import type { AppDeps, AppEnv } from './http/app-env.js'
import { compressResponses } from './http/compression.js'
import { handleError, handleNotFound } from './http/error-handler.js'
import { guardInput } from './http/input-guard.js'
import { shedLoad } from './http/load-shedding.js'
import { createRouter } from './http/router.js'
import { limitRequestBody, privateCaching, securityHeaders, strictTransport } from './http/security.js'
import { importsRoutes } from './imports/imports.routes.js'
import { incentivesRoutes } from './incentives/incentives.routes.js'
import { infraRoutes } from './infra/infra.routes.js'
import { blocksRoutes } from './land/blocks.routes.js'
import { exportRoutes } from './land/export.routes.js'
import { parcelsRoutes } from './land/parcels.routes.js'
import { summaryRoutes } from './land/summary.routes.js'
import { parksRoutes } from './parks/parks.routes.js'
import { planningRoutes } from './planning/planning.routes.js'
import { targetsRoutes } from './planning/targets.routes.js'
import { pipelineViewsRoutes } from './projects/pipeline-views.routes.js'
import { projectSitesRoutes } from './projects/project-sites.routes.js'
import { projectsRoutes } from './projects/projects.routes.js'
import { matchRoutes } from './recommend/match.routes.js'
import { recommendRoutes } from './recommend/recommend.routes.js'
import { regionsRoutes } from './regions/regions.routes.js'
import { tilesRoutes } from './tiles/tiles.routes.js'
import { usersRoutes } from './users/users.routes.js'

function createApi() {
  return createRouter()
    .route('/', healthRoutes)
    .route('/', authRoutes)
    .route('/', throttlesRoutes)
    .route('/', regionsRoutes)
    .route('/', parksRoutes)
    .route('/', parcelsRoutes)
    .route('/', blocksRoutes)
    .route('/', tilesRoutes)
    .route('/', summaryRoutes)
    .route('/', exportRoutes)
    .route('/', infraRoutes)
    .route('/', incentivesRoutes)
    .route('/', matchRoutes)
    .route('/', recommendRoutes)
    .route('/', projectSitesRoutes)
    .route('/', importsRoutes)
    .route('/', chainEditsRoutes)
    .route('/', chainsRoutes)
    .route('/', enterprisesRoutes)
    .route('/', pipelineViewsRoutes)
    .route('/', projectsRoutes)
    .route('/', planningRoutes)
    .route('/', targetsRoutes)
    .route('/', usersRoutes)
    .route('/', auditRoutes)
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
  app.use('*', compressResponses(), requestId(), securityHeaders(deps.config), strictTransport(deps.config))
  app.use('*', async (c, next) => {
    c.set('deps', deps)
    c.set('throttle', throttle)
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
  app.use('*', serveStatic({ root: webRoot, precompressed: true }))
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return handleNotFound(c)
    c.header('Cache-Control', 'no-cache')
    return c.html(indexHtml)
  })
}

export type AppType = ReturnType<typeof createApi>
