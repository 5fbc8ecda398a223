import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// An outline's shape (the minimum rotated rectangle's sides and 4πA/P²) was written three times: in the parcel
// trigger, for contiguous blocks and for 智寻址's sites, and blocks measured in UTM without dividing out the scale, so
// width_m meant two things. Now one pair of functions measures every outline in its own CGCS2000 Gauss-Krüger zone:
// atlas_metric_shape for an outline already in metres (sites close hairline gaps there first), atlas_outline_shape
// for one in degrees.
const statements = [
  sql`CREATE FUNCTION atlas_metric_shape(gm geometry, k double precision,
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
  sql`CREATE FUNCTION atlas_outline_shape(g geometry,
      OUT width_m double precision, OUT length_m double precision, OUT compactness double precision)
    LANGUAGE sql IMMUTABLE AS $$
      SELECT * FROM atlas_metric_shape(ST_Transform(g, atlas_gk_srid(g)), atlas_gk_scale(g))
    $$`,
  sql`CREATE OR REPLACE FUNCTION atlas_parcel_site_facts() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      SELECT s.width_m, s.length_m, s.compactness INTO NEW.width_m, NEW.length_m, NEW.compactness
        FROM atlas_outline_shape(NEW.geom) s;
      NEW.centre_lon := round(ST_X(ST_Centroid(NEW.geom))::numeric, 7);
      NEW.centre_lat := round(ST_Y(ST_Centroid(NEW.geom))::numeric, 7);
      NEW.m_water_source := atlas_nearest_zone_m(NEW.geom, 'water_source');
      NEW.m_residential := atlas_nearest_zone_m(NEW.geom, 'residential');
      NEW.m_ecological := atlas_nearest_zone_m(NEW.geom, 'ecological');
      RETURN NEW;
    END $$`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // The trigger's earlier body computed the same figures inline; it keeps working through the same columns.
  await sql`CREATE OR REPLACE FUNCTION atlas_parcel_site_facts() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      gm geometry := ST_Transform(NEW.geom, atlas_gk_srid(NEW.geom));
      k double precision := atlas_gk_scale(NEW.geom);
      ring geometry := ST_ExteriorRing(ST_OrientedEnvelope(gm));
      a double precision := ST_Distance(ST_PointN(ring, 1), ST_PointN(ring, 2)) / k;
      b double precision := ST_Distance(ST_PointN(ring, 2), ST_PointN(ring, 3)) / k;
    BEGIN
      NEW.width_m := round(least(a, b)::numeric, 1);
      NEW.length_m := round(greatest(a, b)::numeric, 1);
      NEW.compactness := round((4 * pi() * ST_Area(gm) / nullif(ST_Perimeter(gm) ^ 2, 0))::numeric, 3);
      NEW.centre_lon := round(ST_X(ST_Centroid(NEW.geom))::numeric, 7);
      NEW.centre_lat := round(ST_Y(ST_Centroid(NEW.geom))::numeric, 7);
      NEW.m_water_source := atlas_nearest_zone_m(NEW.geom, 'water_source');
      NEW.m_residential := atlas_nearest_zone_m(NEW.geom, 'residential');
      NEW.m_ecological := atlas_nearest_zone_m(NEW.geom, 'ecological');
      RETURN NEW;
    END $$`.execute(db)
  await sql`DROP FUNCTION IF EXISTS atlas_outline_shape(geometry), atlas_metric_shape(geometry, double precision)`.execute(
    db,
  )
}
