import { createRoute, z } from '@hono/zod-openapi'
import { openRoute } from '../auth/access.js'
import { offersDemoSignIn } from '../auth/demo-sign-in.js'
import { roles } from '../auth/policy.js'
import { demoAccounts } from '../demo/demo-accounts.js'
import { createRouter } from '../http/router.js'
import { postgisVersion } from './health.repo.js'

export const healthSchema = z
  .object({ ok: z.boolean(), db: z.enum(['pglite', 'postgres']), postgis: z.string() })
  .openapi('Health')

const basemapSchema = z
  .object({
    kind: z.enum(['none', 'osm', 'tianditu']),
    layers: z.array(
      z.object({ id: z.string(), tiles: z.array(z.string()), attribution: z.string(), maxzoom: z.number() }),
    ),
  })
  .openapi('Basemap')

export const clientConfigSchema = z
  .object({
    demo: z.boolean(),
    basemap: basemapSchema,
    demoAccounts: z.array(z.object({ name: z.string(), role: z.enum(roles) })).openapi({
      description:
        'Demo mode, and only to a request from this machine: the demo accounts one click signs in as (POST /auth/demo-login). Never their passwords.',
    }),
  })
  .openapi('ClientConfig')

const getHealth = createRoute({
  method: 'get',
  path: '/health',
  ...openRoute,
  summary: 'Liveness and database identity',
  responses: {
    200: { description: 'Server and database are up', content: { 'application/json': { schema: healthSchema } } },
  },
})

const getClientConfig = createRoute({
  method: 'get',
  path: '/config',
  ...openRoute,
  summary: 'What the web app needs to know: demo mode and the configured basemap',
  responses: {
    200: { description: 'Client configuration', content: { 'application/json': { schema: clientConfigSchema } } },
  },
})

export const healthRoutes = createRouter()
  .openapi(getHealth, async (c) => {
    const { db, dbKind } = c.var.deps
    return c.json({ ok: true, db: dbKind, postgis: await postgisVersion(db) }, 200)
  })
  .openapi(getClientConfig, (c) => {
    const { config } = c.var.deps
    const accounts = offersDemoSignIn(c) ? demoAccounts.map(({ name, role }) => ({ name, role })) : []
    return c.json(
      {
        demo: config.demo,
        basemap: { kind: config.basemap.kind, layers: basemapLayers(config.basemap) },
        demoAccounts: accounts,
      },
      200,
    )
  })

type BasemapLayer = z.infer<typeof basemapSchema>['layers'][number]

/** 天地图 serves CGCS2000 tiles, so our WGS84/CGCS2000 layers need no GCJ-02 shift over it. */
function basemapLayers(basemap: { kind: string; tiandituKey?: string; osmTileUrl: string }): BasemapLayer[] {
  if (basemap.kind === 'osm') {
    return [{ id: 'osm', tiles: [basemap.osmTileUrl], attribution: '© OpenStreetMap contributors', maxzoom: 19 }]
  }
  if (basemap.kind !== 'tianditu') return []
  const tianditu = (layer: string) =>
    [0, 1, 2, 3, 4, 5, 6, 7].map(
      (n) =>
        `https://t${n}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${basemap.tiandituKey}`,
    )
  return [
    { id: 'tianditu-vec', tiles: tianditu('vec'), attribution: '© 天地图 Tianditu', maxzoom: 18 },
    { id: 'tianditu-cva', tiles: tianditu('cva'), attribution: '', maxzoom: 18 },
  ]
}
