import { z } from '@hono/zod-openapi'
import { bboxParam } from '../http/bbox.js'
import { featureCollectionSchema } from '../http/geojson.js'
import { parcelStatuses } from './parcels.table.js'

export const MAX_PARCELS_PER_REQUEST = 20_000

export const parcelListQuerySchema = z.object({
  bbox: bboxParam.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PARCELS_PER_REQUEST)
    .default(5000)
    .openapi({ param: { name: 'limit', in: 'query' }, example: 5000 }),
})

export const parcelPropertiesSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  area_mu: z.number().openapi({ description: 'Area from the geometry on the ellipsoid, in mu' }),
  status: z.enum(parcelStatuses),
  land_use: z.string().openapi({ description: 'National land-use classification code' }),
  land_use_name: z.string(),
  park_id: z.number().int().nullable(),
  park_name: z.string().nullable(),
  park_name_en: z.string().nullable(),
  region_name: z.string().nullable(),
  region_name_en: z.string().nullable(),
  location_desc: z.string(),
  start_price: z.number().nullable().openapi({ description: '起始价, 万元/亩' }),
  tenure_years: z.number().int().nullable(),
  far_max: z.number().nullable(),
  is_net_land: z.boolean(),
  is_standard_land: z.boolean(),
  available_from: z.string().nullable(),
})

export const parcelCollectionSchema = featureCollectionSchema('ParcelCollection', parcelPropertiesSchema)
export type ParcelCollection = z.infer<typeof parcelCollectionSchema>
export type ParcelProperties = z.infer<typeof parcelPropertiesSchema>
