import { z } from '@hono/zod-openapi'
import { featureCollectionSchema, lonLatSchema } from '../http/geojson.js'

export const parkPropertiesSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  name_en: z.string(),
  level: z.enum(['national', 'provincial', 'municipal', 'county']),
  region_id: z.number().int(),
  region_name: z.string(),
  region_name_en: z.string(),
  industries: z.array(z.string()),
  positioning: z.string(),
  positioning_en: z.string(),
  contact: z.string().nullable(),
  area_mu: z.number().openapi({ description: 'Area on the ellipsoid, in mu' }),
  parcel_count: z.number().int().openapi({ description: 'Published parcels in the park' }),
  available_mu: z.number().openapi({ description: 'Published parcels with status 可供 (available), in mu' }),
  label_point: lonLatSchema,
})

export const parkCollectionSchema = featureCollectionSchema('ParkCollection', parkPropertiesSchema)
export type ParkCollection = z.infer<typeof parkCollectionSchema>
