import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// The functions the parcel triggers call once a row were SQL functions whose bodies read a table or a CTE, which
// PostgreSQL cannot inline: it parsed and planned each body again on every call, so inserting a parcel planned seven
// queries (5 000 outlines: 7.4 s on PGlite against 2.9 s when the trigger computed the shape inline). PL/pgSQL keeps
// each plan for the session. Same names, arguments and results.
const statements = [
  sql`CREATE OR REPLACE FUNCTION atlas_metric_shape(gm geometry, k double precision,
      OUT width_m double precision, OUT length_m double precision, OUT compactness double precision)
    LANGUAGE plpgsql IMMUTABLE AS $$
    DECLARE
      ring geometry := ST_ExteriorRing(ST_OrientedEnvelope(gm));
      a double precision := ST_Distance(ST_PointN(ring, 1), ST_PointN(ring, 2)) / k;
      b double precision := ST_Distance(ST_PointN(ring, 2), ST_PointN(ring, 3)) / k;
    BEGIN
      width_m := round(least(a, b)::numeric, 1);
      length_m := round(greatest(a, b)::numeric, 1);
      compactness := round((4 * pi() * ST_Area(gm) / nullif(ST_Perimeter(gm) ^ 2, 0))::numeric, 3);
    END $$`,
  sql`CREATE OR REPLACE FUNCTION atlas_outline_shape(g geometry,
      OUT width_m double precision, OUT length_m double precision, OUT compactness double precision)
    LANGUAGE plpgsql IMMUTABLE AS $$
    DECLARE
      s record := atlas_metric_shape(ST_Transform(g, atlas_gk_srid(g)), atlas_gk_scale(g));
    BEGIN
      width_m := s.width_m;
      length_m := s.length_m;
      compactness := s.compactness;
    END $$`,
  sql`CREATE OR REPLACE FUNCTION atlas_nearest_km(g geometry, k text) RETURNS double precision
    LANGUAGE plpgsql STABLE AS $$
    BEGIN
      RETURN (SELECT min(ST_Distance(g::geography, i.geom::geography)) / 1000
        FROM (SELECT geom FROM infrastructure WHERE kind = k ORDER BY geom <-> g LIMIT 5) i);
    END $$`,
  sql`CREATE OR REPLACE FUNCTION atlas_nearest_zone_m(g geometry, k text) RETURNS double precision
    LANGUAGE plpgsql STABLE AS $$
    BEGIN
      RETURN (SELECT round(min(ST_Distance(g::geography, z.geom::geography))::numeric, 1)::float8
        FROM (SELECT geom FROM sensitive_zones WHERE kind = k ORDER BY geom <-> g LIMIT 5) z);
    END $$`,
]

/** The SQL bodies they had before (20261122T1200, 20261122T1600, 20261128T1200). */
const sqlBodies = [
  sql`CREATE OR REPLACE FUNCTION atlas_metric_shape(gm geometry, k double precision,
      OUT width_m double precision, OUT length_m double precision, OUT compactness double precision)
    LANGUAGE sql IMMUTABLE AS $$
      WITH ring AS (SELECT ST_ExteriorRing(ST_OrientedEnvelope(gm)) AS r),
      sides AS (
        SELECT ST_Distance(ST_PointN(r, 1), ST_PointN(r, 2)) / k AS a, ST_Distance(ST_PointN(r, 2), ST_PointN(r, 3)) / k AS b
        FROM ring
      )
      SELECT round(least(a, b)::numeric, 1)::float8, round(greatest(a, b)::numeric, 1)::float8,
        round((4 * pi() * ST_Area(gm) / nullif(ST_Perimeter(gm) ^ 2, 0))::numeric, 3)::float8
      FROM sides
    $$`,
  sql`CREATE OR REPLACE FUNCTION atlas_outline_shape(g geometry,
      OUT width_m double precision, OUT length_m double precision, OUT compactness double precision)
    LANGUAGE sql IMMUTABLE AS $$
      SELECT * FROM atlas_metric_shape(ST_Transform(g, atlas_gk_srid(g)), atlas_gk_scale(g))
    $$`,
  sql`CREATE OR REPLACE FUNCTION atlas_nearest_km(g geometry, k text) RETURNS double precision
    LANGUAGE sql STABLE AS $$
      SELECT min(ST_Distance(g::geography, i.geom::geography)) / 1000
      FROM (SELECT geom FROM infrastructure WHERE kind = k ORDER BY geom <-> g LIMIT 5) i
    $$`,
  sql`CREATE OR REPLACE FUNCTION atlas_nearest_zone_m(g geometry, k text) RETURNS double precision
    LANGUAGE sql STABLE AS $$
      SELECT round(min(ST_Distance(g::geography, z.geom::geography))::numeric, 1)::float8
      FROM (SELECT geom FROM sensitive_zones WHERE kind = k ORDER BY geom <-> g LIMIT 5) z
    $$`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of sqlBodies) await statement.execute(db)
}
