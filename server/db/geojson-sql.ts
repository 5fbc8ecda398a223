import { type Expression, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely'
import type { DbOrTrx } from './database.js'

/** Coordinates keep 7 decimals: about 1 cm, finer than any cadastral survey. */
const COORDINATE_DECIMALS = 7

/**
 * An allowlist of properties as SQL expressions, one for each field of the response type `T` it answers to: no field
 * of the schema missing, none beyond it (checked with `satisfies`, so the literal's exact keys stay its type).
 */
export type SqlPropertiesOf<T> = { [K in keyof T]-?: Expression<unknown> }

/** A JSON object built in SQL; its keys are constants from code, never from a request. */
export function objectJson(properties: Record<string, Expression<unknown>>): RawBuilder<unknown> {
  const pairs = Object.entries(properties).map(([key, value]) => sql`${sql.lit(key)}::text, ${value}`)
  return sql`json_build_object(${sql.join(pairs)})`
}

/** One GeoJSON Feature built in SQL. */
export function featureJson(
  id: Expression<unknown>,
  geom: Expression<unknown>,
  properties: Record<string, Expression<unknown>>,
): RawBuilder<unknown> {
  return sql`json_build_object(
    'type', 'Feature',
    'id', ${id},
    'geometry', ST_AsGeoJSON(${geom}, ${sql.lit(COORDINATE_DECIMALS)})::json,
    'properties', ${objectJson(properties)}
  )`
}

/** Aggregates a query's `feature` column into one FeatureCollection text: one row crosses the driver, not hundreds. */
export async function selectFeatureCollection(
  db: DbOrTrx,
  // biome-ignore lint/suspicious/noExplicitAny: any query over any tables and aliases; only its `feature` column is read
  features: SelectQueryBuilder<any, any, { feature: unknown }>,
): Promise<string> {
  const row = await db
    .selectFrom(features.as('f'))
    .select(
      sql<string>`json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(f.feature), '[]'::json))::text`.as(
        'body',
      ),
    )
    .executeTakeFirstOrThrow()
  return row.body
}

/** A point as a `[lon, lat]` JSON array with 6 decimals (about 10 cm), for label positions; the point is evaluated once. */
export function lonLatJson(point: Expression<unknown>): RawBuilder<unknown> {
  return sql`(ST_AsGeoJSON(${point}, 6)::json -> 'coordinates')`
}

/** Rounds a double in SQL to the given decimals, keeping JSON numbers (numeric(…) would too). */
export function rounded(value: Expression<unknown>, decimals: number): RawBuilder<number> {
  return sql<number>`round((${value})::numeric, ${sql.lit(decimals)})::float8`
}

/** Area on the ellipsoid in mu (1 mu = 10000/15 m²). */
export function areaMu(geom: Expression<unknown>): RawBuilder<number> {
  return sql<number>`ST_Area((${geom})::geography) / 666.6666666666666`
}
