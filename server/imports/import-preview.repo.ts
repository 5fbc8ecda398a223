import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'

export interface PreviewInput {
  row: number
  code: string
  /** GeoJSON in the file's CRS; null to take the outline of the parcel stored under this code. */
  geometryJson: string | null
  /** A location point (GeoJSON Point, the file's CRS) to check against the stored outline; null when there is none. */
  pointJson?: string | null
}

export interface PreviewRow {
  row: number
  code: string
  /** Null when there is no outline at all. */
  valid: boolean | null
  /** ST_IsValidDetail's reason and where (WGS84 point), for a geometry that is not valid. */
  invalidReason: string | null
  invalidAt: string | null
  /** On the ellipsoid, in mu; for an invalid geometry, after ST_MakeValid (the repair offered). */
  areaMu: number | null
  /** The repaired outline's area against the drawn one's planar area, when a repair is offered. */
  repairedChangePercent: number | null
  regionId: number | null
  regionName: string | null
  existingId: number | null
  /** WGS84 GeoJSON as it would be stored; null when there is none (no coordinates and no parcel of that code). */
  geometry: string | null
  /** Metres on the ellipsoid from the row's location point to the outline (0 inside); null without a point. */
  pointDistanceM: number | null
}

/**
 * The dry run's database half: each feature transformed from the file's CRS by PostGIS, checked for validity (with
 * the reason and place), measured on the ellipsoid (after ST_MakeValid where it is invalid), placed in a district,
 * and matched by code with the parcels already stored. Nothing is written.
 */
export async function previewFeatures(
  db: DbOrTrx,
  features: readonly PreviewInput[],
  srid: number,
): Promise<PreviewRow[]> {
  if (features.length === 0) return []
  const { rows } = await sql<PreviewRow>`
    WITH input AS (
      SELECT * FROM unnest(${features.map((f) => f.row)}::int[], ${features.map((f) => f.code)}::text[], ${features.map((f) => f.geometryJson)}::text[], ${features.map((f) => f.pointJson ?? null)}::text[]) AS i(row, code, gj, pj)
    ), placed AS (
      SELECT row, code, CASE WHEN pj IS NULL THEN NULL
        ELSE ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(pj), ${srid}::int), 4326) END AS point, CASE WHEN gj IS NULL THEN (SELECT p.geom FROM parcels p WHERE p.code = input.code)
        ELSE ST_Force2D(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(gj), ${srid}::int), 4326)) END AS geom
      FROM input
    ), checked AS (
      SELECT row, code, geom, point, ST_IsValid(geom) AS valid, ST_IsValidDetail(geom) AS detail,
        CASE WHEN ST_IsValid(geom) THEN geom ELSE ST_CollectionExtract(ST_MakeValid(geom), 3) END AS usable
      FROM placed
    )
    SELECT c.row, c.code, c.valid, CASE WHEN c.valid IS NOT FALSE THEN NULL ELSE (c.detail).reason END AS "invalidReason",
      CASE WHEN c.valid IS NOT FALSE THEN NULL ELSE ST_AsText(ST_SnapToGrid((c.detail).location, 0.000001)) END AS "invalidAt",
      CASE WHEN c.usable IS NULL OR ST_IsEmpty(c.usable) THEN NULL ELSE ST_Area(c.usable::geography) / 666.6666666666666 END AS "areaMu",
      -- A ring crossing itself (a bowtie) has a signed area near nought: a change against it would mean nothing.
      CASE WHEN c.valid IS NOT FALSE OR ST_Area(c.geom) < 0.01 * ST_Area(c.usable) THEN NULL ELSE round((100 * (ST_Area(c.usable) - ST_Area(c.geom)) / NULLIF(ST_Area(c.geom), 0))::numeric, 1)::float8 END AS "repairedChangePercent",
      region.id AS "regionId", region.name AS "regionName",
      (SELECT p.id FROM parcels p WHERE p.code = c.code) AS "existingId",
      ST_AsGeoJSON(c.usable, 7) AS geometry,
      CASE WHEN c.point IS NULL OR c.usable IS NULL THEN NULL ELSE ST_Distance(c.usable::geography, c.point::geography) END AS "pointDistanceM"
    FROM checked c
    LEFT JOIN LATERAL (
      SELECT r.id, r.name FROM regions r WHERE r.level <> 'city' AND c.usable IS NOT NULL AND NOT ST_IsEmpty(c.usable) AND ST_Intersects(r.geom, ST_PointOnSurface(c.usable)) ORDER BY r.id LIMIT 1
    ) region ON true
    ORDER BY c.row`.execute(db)
  return rows
}
