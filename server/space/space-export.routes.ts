import { createRoute, z } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { mediaTypes, setAttachment, sheetResponse } from '../http/download.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { landAudience } from '../land/land-audience.js'
import { parkNames, regionNames } from '../land/place-names.repo.js'
import { buildingContacts } from './buildings.repo.js'
import { unitFilterCaption, unitSheet } from './space-export.js'
import { MAX_UNITS_PER_REQUEST, unitListQuerySchema } from './space-query.schema.js'
import { countUnits, searchUnits } from './units.repo.js'

const exportQuerySchema = unitListQuerySchema.omit({ limit: true, offset: true }).extend({
  format: z
    .enum(['xlsx', 'csv'])
    .default('xlsx')
    .openapi({ param: { name: 'format', in: 'query' } }),
})

const exportRoute = createRoute({
  method: 'get',
  path: '/units/export',
  summary: '载体清单: the units the filters of /api/units select, as .xlsx or CSV in the shape bureaus circulate',
  description:
    'The title row names the filters and X-Total-Count the rows. Public fields (vacant units) for the public.',
  ...access('buildings', 'read'),
  request: { query: exportQuerySchema },
  responses: {
    200: {
      description: 'A file to download',
      content: {
        [mediaTypes.xlsx]: { schema: z.string().openapi({ format: 'binary' }) },
        'text/csv': { schema: z.string() },
      },
    },
    400: { description: 'A filter is invalid; the message names it' },
  },
})

export const spaceExportRoutes = createRouter().openapi(exportRoute, async (c) => {
  const { db } = c.var.deps
  const audience = landAudience(c)
  const { format, ...filters } = c.req.valid('query')
  const query = { ...filters, limit: MAX_UNITS_PER_REQUEST, offset: 0 }
  const [units, total, contacts, regions, parks] = await Promise.all([
    searchUnits(db, query, audience),
    countUnits(db, query, audience),
    buildingContacts(db, audience),
    regionNames(db),
    parkNames(db, audience),
  ])
  const caption = unitFilterCaption(filters, {
    region: regions.find((r) => r.id === filters.region)?.name,
    park: parks.find((k) => k.id === filters.park)?.name,
  })
  setAttachment(c, 'space-units', '载体清单', format, todayOf(c))
  c.header('X-Total-Count', String(Math.min(total, MAX_UNITS_PER_REQUEST)))
  return sheetResponse(c, { ...unitSheet(units, contacts, audience === 'staff'), caption }, format)
})
