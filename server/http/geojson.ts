import { z } from '@hono/zod-openapi'
import { type Expression, type RawBuilder, sql } from 'kysely'

/** Coordinates keep 7 decimals: about 1 cm, finer than any cadastral survey. */
const COORDINATE_DECIMALS = 7

/** One GeoJSON Feature built in SQL; property keys are constants from code, never from a request. */
export function featureJson(id: Expression<unknown>, geom: Expression<unknown>, properties: Record<string, Expression<unknown>>): RawBuilder<unknown> {
  const pairs = Object.entries(properties).map(([key, value]) => sql`${sql.lit(key)}::text, ${value}`)
  return sql`json_build_object(
    'type', 'Feature',
    'id', ${id},
    'geometry', ST_AsGeoJSON(${geom}, ${sql.lit(COORDINATE_DECIMALS)})::json,
    'properties', json_build_object(${sql.join(pairs)})
  )`
}

/** Aggregates a column of features into one FeatureCollection text: one row crosses the driver, not hundreds. */
export function featureCollectionText(featureColumn: Expression<unknown>): RawBuilder<string> {
  return sql<string>`json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(${featureColumn}), '[]'::json))::text`
}

/** Rounds a double in SQL to the given decimals, keeping JSON numbers (numeric(…) would too). */
export function rounded(value: Expression<unknown>, decimals: number): RawBuilder<number> {
  return sql<number>`round((${value})::numeric, ${sql.lit(decimals)})::float8`
}

/** Area on the ellipsoid in mu (1 mu = 10000/15 m²). */
export function areaMu(geom: Expression<unknown>): RawBuilder<number> {
  return sql<number>`ST_Area((${geom})::geography) / 666.6666666666666`
}

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
