import { z } from '@hono/zod-openapi'
import { requires } from '../auth/access.js'
import { MVT_TYPE } from '../http/compression.js'
import { validationError } from '../http/error-handler.js'
import { createRouter } from '../http/router.js'
import { landAudience } from '../land/land-audience.js'
import { tileAddressSchema } from './tile-coords.js'
import { renderTile, tileLayerOf, tileLayers } from './tiles.service.js'

export const tilesRoutes = createRouter()

// Documented here and routed below by hand: zod-openapi would take `{y}.mvt` for a parameter named `y.mvt`.
tilesRoutes.openAPIRegistry.registerPath({
  method: 'get',
  path: '/tiles/{layer}/{z}/{x}/{y}.mvt',
  summary: 'Vector tiles (Mapbox Vector Tile): each tile holds one layer named as the path names it',
  description: `Layers: ${tileLayers.join(', ')}. The public's tiles hold published land and public fields only.`,
  'x-access': 'parcels:read',
  request: {
    params: z.object({
      layer: z.enum(tileLayers),
      z: z.string().openapi({ example: '14' }),
      x: z.string().openapi({ example: '13714' }),
      y: z.string().openapi({ example: '6803' }),
    }),
  },
  responses: {
    200: { description: 'The tile', content: { [MVT_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } } },
    400: { description: 'z, x or y is not a tile address; the message names it' },
    404: { description: 'No such layer' },
  },
})

tilesRoutes.get('/tiles/:layer/:z/:x/:y{[^/]+\\.mvt}', requires('parcels', 'read'), async (c) => {
  const layer = tileLayerOf(c.req.param('layer'))
  const address = tileAddressSchema.safeParse({ z: c.req.param('z'), x: c.req.param('x'), y: c.req.param('y') })
  if (!address.success) throw validationError(address.error, 'tile')
  const audience = landAudience(c)
  const tile = await renderTile(c.var.deps.db, c.var.deps.dbKind, layer, address.data, audience)
  // Anyone's tile is everyone's: a proxy may keep it a minute. Staff tiles hold unpublished land and stay private.
  c.header('Cache-Control', audience === 'public' ? 'public, max-age=60' : 'private, no-cache')
  return c.body(tile as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': MVT_TYPE })
})
