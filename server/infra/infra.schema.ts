import { z } from '@hono/zod-openapi'
import { featureCollectionSchema } from '../http/geojson.js'
import { infraKinds, zoneKinds } from './infra.table.js'

export const infraPropertiesSchema = z.object({
  id: z.number().int(),
  kind: z.enum(infraKinds),
  name: z.string(),
  name_en: z.string(),
})

export const infraCollectionSchema = featureCollectionSchema('InfrastructureCollection', infraPropertiesSchema)
export type InfraCollection = z.infer<typeof infraCollectionSchema>

export const zoneCollectionSchema = featureCollectionSchema(
  'SensitiveZoneCollection',
  z.object({ id: z.number().int(), kind: z.enum(zoneKinds), name: z.string(), name_en: z.string() }),
)
export type ZoneCollection = z.infer<typeof zoneCollectionSchema>
