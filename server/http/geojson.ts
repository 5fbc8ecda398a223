import { z } from '@hono/zod-openapi'

export function featureCollectionSchema<P extends z.ZodTypeAny>(name: string, properties: P) {
  return z
    .object({
      type: z.literal('FeatureCollection'),
      features: z.array(
        z.object({
          type: z.literal('Feature'),
          id: z.number().int(),
          geometry: z.object({ type: z.string(), coordinates: z.array(z.any()) }),
          properties,
        }),
      ),
    })
    .openapi(name)
}

export const lonLatSchema = z.tuple([z.number(), z.number()])
