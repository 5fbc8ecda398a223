import { z } from '@hono/zod-openapi'
import { featureCollectionSchema } from '../http/geojson.js'
import { parcelFilterSchema, statusListParam } from './parcels-query.schema.js'

/**
 * The land-list filters that apply to a block: to every parcel in it (land use, price, 标准地) or to some (distances,
 * place, text).
 */
export const blockFilterSchema = parcelFilterSchema.pick({
  land_use: true,
  max_price: true,
  max_km_port: true,
  max_km_rail_station: true,
  max_km_interchange: true,
  max_km_airport: true,
  net_land: true,
  standard_land: true,
  region: true,
  park: true,
  max_mu: true,
  q: true,
})

export type BlockSearch = z.infer<typeof blockFilterSchema>

export const blockQuerySchema = blockFilterSchema.extend({
  min_mu: z.coerce
    .number()
    .min(0)
    .max(1_000_000)
    .default(100)
    .openapi({ param: { name: 'min_mu', in: 'query' }, example: 100 }),
  gap_m: z.coerce
    .number()
    .min(0)
    .max(200)
    .default(0)
    .openapi({
      param: { name: 'gap_m', in: 'query' },
      description: 'Join parcels across internal roads up to this wide',
      example: 0,
    }),
  status: statusListParam
    .optional()
    .openapi({ param: { name: 'status', in: 'query' }, example: 'available,reserve', type: 'string' }),
})

export const blockPropertiesSchema = z.object({
  block_id: z.string(),
  total_mu: z.number(),
  parcel_count: z.number().int(),
  parcel_ids: z.array(z.number().int()),
  parcel_codes: z.array(z.string()),
  regions: z.array(z.string()),
  parks: z.array(z.string()),
  regions_en: z.array(z.string()).openapi({ description: 'English names of `regions`, in the same order' }),
  parks_en: z.array(z.string()),
  land_uses: z.array(z.string()).openapi({ description: 'Land-use codes of its parcels' }),
  price_min: z.number().nullable().openapi({ description: 'Lowest starting price of its parcels, 万元/亩' }),
  price_max: z.number().nullable(),
  km_port: z.number().nullable().openapi({ description: 'Nearest of its parcels to a port, km' }),
  km_rail_station: z.number().nullable(),
  km_interchange: z.number().nullable(),
  km_airport: z.number().nullable(),
  width_m: z.number().nullable().openapi({ description: 'Shorter side of the minimum rotated rectangle' }),
  length_m: z.number().nullable(),
  compactness: z.number().nullable().openapi({ description: '4πA/P²: 1 for a circle, 0.785 for a square' }),
  net_land_throughout: z.boolean(),
  sell_whole: z.boolean().openapi({ description: '≥ 200 mu: to be sold whole (整体出让)' }),
})

export const blockCollectionSchema = featureCollectionSchema('BlockCollection', blockPropertiesSchema)
export type BlockCollection = z.infer<typeof blockCollectionSchema>
