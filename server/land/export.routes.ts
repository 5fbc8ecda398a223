import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { access } from '../auth/access.js'
import type { AppEnv } from '../http/app-env.js'
import { mediaTypes, setAttachment, sheetResponse } from '../http/download.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { searchBlocks } from './block-search.js'
import { blockFeatureCollection, DEFAULT_BLOCK_STATUSES } from './blocks.js'
import { currentBlocks } from './blocks-cache.js'
import { filterCaption, landListTitle } from './filter-caption.js'
import { landAudience } from './land-audience.js'
import { blockSheet, type ListedParcel, parcelSheet, type Sheet } from './land-lists.js'
import { searchParcelFeatures, searchParcelRows } from './parcel-search.repo.js'
import { MAX_PARCELS_PER_REQUEST, parcelFilterSchema, parcelListQuerySchema } from './parcels-query.schema.js'
import { parkNames, regionNames } from './place-names.repo.js'
import { resolveTextSearch } from './text-search.js'

const blockLists = {
  blocks100: { title: '百亩以上连片土地清单', minMu: 100 },
  blocks200: { title: '两百亩以上连片土地清单（整体出让）', minMu: 200 },
} as const
type BlockList = keyof typeof blockLists

const exportQuerySchema = parcelFilterSchema.extend({
  list: z
    .enum(['land', 'blocks100', 'blocks200'])
    .default('land')
    .openapi({ param: { name: 'list', in: 'query' } }),
  format: z
    .enum(['xlsx', 'csv', 'geojson'])
    .default('xlsx')
    .openapi({ param: { name: 'format', in: 'query' } }),
  sort: parcelListQuerySchema.shape.sort,
})
type ExportQuery = z.infer<typeof exportQuerySchema>

const exportRoute = createRoute({
  method: 'get',
  path: '/land/export',
  summary: 'The land list and the 100-mu / 200-mu block lists as .xlsx, CSV or GeoJSON, filtered as the land list is',
  description:
    'Takes the filters of /api/parcels (for the block lists, those /api/blocks takes) and exports exactly what they ' +
    'select; the title row names the filters and X-Total-Count the rows. Public fields for the public.',
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
    400: { description: 'A filter is invalid; the message names it' },
  },
})

export const exportRoutes = createRouter().openapi(exportRoute, async (c) => {
  const query = c.req.valid('query')
  const caption = filterCaption(query, await placeLabels(c, query))
  const exported = query.list === 'land' ? await landList(c, query) : await blockList(c, query, query.list)
  const title = query.list === 'land' ? landListTitle(query) : blockLists[query.list].title
  setAttachment(c, `land-${query.list}`, title, query.format, todayOf(c))
  c.header('X-Total-Count', String(exported.count))
  if (query.format === 'geojson') return c.body(await exported.geojson())
  return sheetResponse(c, { ...exported.sheet(title), caption }, query.format)
})

interface Exported {
  count: number
  sheet: (title: string) => Sheet
  geojson: () => Promise<string>
}

async function landList(c: Context<AppEnv>, query: ExportQuery): Promise<Exported> {
  const { db } = c.var.deps
  const audience = landAudience(c)
  const { list: _list, format: _format, ...filter } = query
  const search = await resolveTextSearch(db, audience, { ...filter, limit: MAX_PARCELS_PER_REQUEST, offset: 0 })
  const rows = (await searchParcelRows(db, { ...search, format: 'json' }, audience)) as ListedParcel[]
  return {
    count: rows.length,
    sheet: (title) => parcelSheet(title, rows),
    geojson: () => searchParcelFeatures(db, { ...search, format: 'geojson' }, audience),
  }
}

/** The 100-mu and 200-mu lists: blocks of the land on offer, joined by shared edges only, searched as /api/blocks. */
async function blockList(c: Context<AppEnv>, query: ExportQuery, list: BlockList): Promise<Exported> {
  const { db } = c.var.deps
  const audience = landAudience(c)
  const minMu = Math.max(blockLists[list].minMu, query.min_mu ?? 0)
  const statuses = query.status ?? DEFAULT_BLOCK_STATUSES
  const all = await currentBlocks(db, { statuses, audience }, { gapM: 0, minMu })
  const blocks = await searchBlocks(db, audience, all, query)
  return {
    count: blocks.length,
    sheet: (title) => blockSheet(title, blocks),
    geojson: async () => JSON.stringify(blockFeatureCollection(blocks)),
  }
}

/** The district's and park's names for the title row (a park the audience may not see keeps its number). */
async function placeLabels(c: Context<AppEnv>, query: ExportQuery) {
  const { db } = c.var.deps
  if (query.region === undefined && query.park === undefined) return {}
  const [regions, parks] = await Promise.all([regionNames(db), parkNames(db, landAudience(c))])
  return {
    region: regions.find((r) => r.id === query.region)?.name,
    park: parks.find((p) => p.id === query.park)?.name,
  }
}
