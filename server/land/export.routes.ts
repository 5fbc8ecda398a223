import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { access } from '../auth/access.js'
import type { AppEnv } from '../http/app-env.js'
import { mediaTypes, setAttachment, sheetResponse } from '../http/download.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { blockFeatureCollection, DEFAULT_BLOCK_STATUSES } from './blocks.js'
import { currentBlocks } from './blocks-cache.js'
import { landAudience } from './land-audience.js'
import { blockSheet, type ListedParcel, parcelSheet, type Sheet } from './land-lists.js'
import { searchParcelFeatures, searchParcelRows } from './parcel-search.repo.js'
import { MAX_PARCELS_PER_REQUEST, parcelListQuerySchema } from './parcels-query.schema.js'

const lists = {
  land: { title: '可供招商土地清单', minMu: 0 },
  blocks100: { title: '百亩以上连片土地清单', minMu: 100 },
  blocks200: { title: '两百亩以上连片土地清单（整体出让）', minMu: 200 },
} as const

const exportQuerySchema = z.object({
  list: z
    .enum(['land', 'blocks100', 'blocks200'])
    .default('land')
    .openapi({ param: { name: 'list', in: 'query' } }),
  format: z
    .enum(['xlsx', 'csv', 'geojson'])
    .default('xlsx')
    .openapi({ param: { name: 'format', in: 'query' } }),
})

const exportRoute = createRoute({
  method: 'get',
  path: '/land/export',
  summary: 'The land list and the 100-mu / 200-mu block lists as .xlsx, CSV or GeoJSON (public fields for the public)',
  ...access('parcels', 'read'),
  request: { query: exportQuerySchema },
  responses: {
    200: {
      description: 'A file to download',
      content: {
        [mediaTypes.xlsx]: { schema: z.string().openapi({ format: 'binary' }) },
        'text/csv': { schema: z.string() },
        'application/geo+json': { schema: z.object({}) },
      },
    },
  },
})

export const exportRoutes = createRouter().openapi(exportRoute, async (c) => {
  const { list, format } = c.req.valid('query')
  const { title } = lists[list]
  setAttachment(c, `land-${list}`, title, format, todayOf(c))
  if (format === 'geojson') return c.body(await listGeoJson(c, list))
  return sheetResponse(c, await listSheet(c, list), format)
})

const availableQuery = () =>
  parcelListQuerySchema.parse({ status: 'available', sort: 'code', limit: String(MAX_PARCELS_PER_REQUEST) })

async function listSheet(c: Context<AppEnv>, list: keyof typeof lists): Promise<Sheet> {
  const { db } = c.var.deps
  if (list === 'land')
    return parcelSheet(
      lists.land.title,
      (await searchParcelRows(db, availableQuery(), landAudience(c))) as ListedParcel[],
    )
  return blockSheet(lists[list].title, await listBlocks(c, list))
}

async function listGeoJson(c: Context<AppEnv>, list: keyof typeof lists): Promise<string> {
  const { db } = c.var.deps
  if (list === 'land') return searchParcelFeatures(db, availableQuery(), landAudience(c))
  return JSON.stringify(blockFeatureCollection(await listBlocks(c, list)))
}

/** The 100-mu and 200-mu lists: blocks of the land on offer, joined by shared edges only. */
function listBlocks(c: Context<AppEnv>, list: keyof typeof lists) {
  return currentBlocks(
    c.var.deps.db,
    { statuses: DEFAULT_BLOCK_STATUSES, audience: landAudience(c) },
    { gapM: 0, minMu: lists[list].minMu },
  )
}
