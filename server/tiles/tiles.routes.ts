import { z } from '@hono/zod-openapi'
import { requires } from '../auth/access.js'
import { MVT_TYPE } from '../http/compression.js'
import { validationError } from '../http/error-handler.js'
import { createRouter } from '../http/router.js'
import { noneMatchHits } from '../http/versioning.js'
import { landAudience } from '../land/land-audience.js'
import { tileAddressSchema } from './tile-coords.js'
import { cachedTile, tileEtag, tileLayerOf, tileLayers } from './tiles.service.js'

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
    200: {
      description: 'The tile, with an ETag that changes with the land',
      content: { [MVT_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
    },
    304: { description: 'The copy named by If-None-Match is current' },
    400: { description: 'z, x or y is not a tile address; the message names it' },
    404: { description: 'No such layer' },
  },
})

tilesRoutes.get('/tiles/:layer/:z/:x/:y{[^/]+\\.mvt}', requires('parcels', 'read'), async (c) => {
  const layer = tileLayerOf(c.req.param('layer'))
  const address = tileAddressSchema.safeParse({ z: c.req.param('z'), x: c.req.param('x'), y: c.req.param('y') })
  if (!address.success) throw validationError(address.error, 'tile')
  const audience = landAudience(c)
  const { db, dbKind } = c.var.deps
  const etag = await tileEtag(db, audience)
  c.header('ETag', etag)
  // Anyone's tile is everyone's: a proxy may keep it a minute. Staff tiles hold unpublished land and stay private.
  c.header('Cache-Control', audience === 'public' ? 'public, max-age=60' : 'private, no-cache')
  c.header('Vary', 'Cookie')
  if (noneMatchHits(c.req.header('If-None-Match'), etag)) return c.body(null, 304)
  const tile = await cachedTile(db, dbKind, layer, address.data, audience, etag)
  return c.body(tile as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': MVT_TYPE })
})
