import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { openAccess, requires } from '../auth/access.js'
import { ApiError } from '../http/api-error.js'
import type { AppEnv } from '../http/app-env.js'
import { MVT_TYPE } from '../http/compression.js'
import { validationError } from '../http/error-handler.js'
import { createRouter } from '../http/router.js'
import { noneMatchHits } from '../http/versioning.js'
import { parcelFilterSchema } from '../land/parcels-query.schema.js'
import { resolveTextSearch } from '../land/text-search.js'
import { tileAddressSchema } from './tile-coords.js'
import { type TileLayer, tileLayerRule, tileLayers } from './tile-layers.js'
import { cachedTile, tileEtag } from './tiles.service.js'

export const tilesRoutes = createRouter()

const layerDocs: Record<TileLayer, string> = {
  parcels:
    'Parcel outlines from z13; below it `parcels_overview`, one point per park with its parcels and mu on offer. The public’s hold published land and public fields only. Takes the land list’s filters (status, land_use, min_mu, max_mu, region, park, net_land, standard_land, max_price, max_km_*, q): the tile holds, and the overview sums, what they select.',
  blocks:
    'Contiguous blocks of 100 mu and more (`sell_whole` marks 200 mu and more), built from the land the reader may see.',
  enterprises: 'Firms as points; the public’s hold existing firms only, staff with leads:read also see targets.',
  projects: 'The pipeline’s projects as points: staff only.',
  context:
    'The city’s roads (road_major; road_minor from z12), railways, rivers, water and built-up areas: the offline basemap.',
}

const address = z.object({
  z: z.string().openapi({ example: '14' }),
  x: z.string().openapi({ example: '13714' }),
  y: z.string().openapi({ example: '6803' }),
})

async function serveTile(c: Context<AppEnv>, layer: TileLayer) {
  const audience = tileLayerRule(layer).audience(c)
  const tile = tileAddressSchema.safeParse({ z: c.req.param('z'), x: c.req.param('x'), y: c.req.param('y') })
  if (!tile.success) throw validationError(tile.error, 'tile')
  const filter = parcelFilterSchema.safeParse(layer === 'parcels' ? c.req.query() : {})
  if (!filter.success) throw validationError(filter.error, 'query')
  const { db, dbKind } = c.var.deps
  const etag = await tileEtag(db, layer, audience, filter.data)
  c.header('ETag', etag)
  // Anyone's tile is everyone's: a proxy may keep it a minute. Staff tiles hold confidential data and stay private.
  c.header('Cache-Control', audience === 'public' ? 'public, max-age=60' : 'private, no-cache')
  c.header('Vary', 'Cookie')
  if (noneMatchHits(c.req.header('If-None-Match'), etag)) return c.body(null, 304)
  const search = await resolveTextSearch(db, audience, filter.data)
  const bytes = await cachedTile(db, dbKind, { layer, tile: tile.data, audience, filter: search }, etag)
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': MVT_TYPE })
}

// Documented here and routed below by hand: zod-openapi would take `{y}.mvt` for a parameter named `y.mvt`.
for (const layer of tileLayers) {
  const { resource } = tileLayerRule(layer)
  tilesRoutes.openAPIRegistry.registerPath({
    method: 'get',
    path: `/tiles/${layer}/{z}/{x}/{y}.mvt`,
    summary: `Vector tiles (Mapbox Vector Tile), layer \`${layer}\``,
    description: layerDocs[layer],
    'x-access': `${resource}:read`,
    request: { params: address },
    responses: {
      200: {
        description: 'The tile, with an ETag that changes with its data',
        content: { [MVT_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
      },
      304: { description: 'The copy named by If-None-Match is current' },
      400: { description: 'z, x or y is not a tile address; the message names it' },
    },
  })
  tilesRoutes.get(`/tiles/${layer}/:z/:x/:y{[^/]+\\.mvt}`, requires(resource, 'read'), (c) => serveTile(c, layer))
}

tilesRoutes.openAPIRegistry.registerPath({
  method: 'get',
  path: '/tiles/{layer}/{z}/{x}/{y}.mvt',
  summary: 'Any other layer name',
  'x-access': 'open',
  request: { params: address.extend({ layer: z.string() }) },
  responses: { 404: { description: `No such layer; the layers are ${tileLayers.join(', ')}` } },
})

tilesRoutes.get('/tiles/:layer/:z/:x/:y{[^/]+\\.mvt}', openAccess, () => {
  throw new ApiError('not_found', `Unknown tile layer; the layers are: ${tileLayers.join(', ')}`)
})
