import { z } from '@hono/zod-openapi'

/** Any GeoJSON geometry, as the database writes it. */
export const anyGeometrySchema = z.object({ type: z.string(), coordinates: z.array(z.any()) })

export function featureCollectionSchema<P extends z.ZodTypeAny, G extends z.ZodTypeAny = typeof anyGeometrySchema>(
  name: string,
  properties: P,
  geometry: G = anyGeometrySchema as unknown as G,
) {
  return z
    .object({
      type: z.literal('FeatureCollection'),
      features: z.array(
        z.object({
          type: z.literal('Feature'),
          id: z.number().int(),
          geometry,
          properties,
        }),
      ),
    })
    .openapi(name)
}

export const lonLatSchema = z.tuple([z.number(), z.number()])

export const pointSchema = z.object({ type: z.literal('Point'), coordinates: lonLatSchema })
