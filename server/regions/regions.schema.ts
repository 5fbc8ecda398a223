import { z } from '@hono/zod-openapi'
import { featureCollectionSchema, lonLatSchema } from '../http/geojson.js'

export const regionPropertiesSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  name_en: z.string(),
  level: z.enum(['city', 'district', 'county', 'county_city']),
  label_point: lonLatSchema.nullable(),
})

export const regionCollectionSchema = featureCollectionSchema('RegionCollection', regionPropertiesSchema)
export type RegionCollection = z.infer<typeof regionCollectionSchema>
