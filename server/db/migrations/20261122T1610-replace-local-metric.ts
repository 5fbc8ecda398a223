import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// A PROJ string in ST_Transform builds a new transformation on every call (5 ms a parcel: 100 000 parcels took
// minutes). The CGCS2000 3-degree Gauss-Krüger zones are SRIDs PostGIS caches (25 µs); their scale, 1 on the central
// meridian and 1 + (Δλ cos φ)² / 2 beside it, is divided out, so lengths stay true to the millimetre across a park.
// Also for 智寻址 at 100 000 parcels: each parcel's centre as columns (computing it per request cost 80 ms), and one
// revision number per table that any statement changing it bumps, so caches check in O(1) instead of aggregating.
const statements = [
  sql`ALTER TABLE parcels ADD COLUMN centre_lon double precision, ADD COLUMN centre_lat double precision`,
  sql`CREATE TABLE atlas_revisions (name text PRIMARY KEY, revision bigint NOT NULL DEFAULT 0)`,
  sql`INSERT INTO atlas_revisions (name) VALUES ('parcels'), ('parks'), ('infrastructure'), ('sensitive_zones')`,
  sql`CREATE FUNCTION atlas_bump_revision() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE atlas_revisions SET revision = revision + 1 WHERE name = TG_TABLE_NAME;
      RETURN NULL;
    END $$`,
  ...['parcels', 'parks', 'infrastructure', 'sensitive_zones'].map(
    (table) =>
      sql`CREATE TRIGGER ${sql.id(`${table}_bump_revision`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION atlas_bump_revision()`,
  ),
  sql`CREATE FUNCTION atlas_gk_meridian(g geometry) RETURNS double precision
    LANGUAGE sql IMMUTABLE AS $$ SELECT least(135, greatest(75, round(ST_X(ST_Centroid(g)) / 3) * 3))::float8 $$`,
  // EPSG:4534 is CM 75°E, then one SRID per 3° up to EPSG:4554 at 135°E.
  sql`CREATE FUNCTION atlas_gk_srid(g geometry) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT 4534 + ((atlas_gk_meridian(g) - 75) / 3)::int $$`,
  sql`CREATE FUNCTION atlas_gk_scale(g geometry) RETURNS double precision
    LANGUAGE sql IMMUTABLE AS $$
      SELECT 1 + (radians(ST_X(ST_Centroid(g)) - atlas_gk_meridian(g)) * cos(radians(ST_Y(ST_Centroid(g))))) ^ 2 / 2
    $$`,
  sql`CREATE OR REPLACE FUNCTION atlas_parcel_site_facts() RETURNS trigger
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
    END $$`,
  sql`DROP FUNCTION atlas_local_metric(geometry)`,
  sql`UPDATE parcels SET geom = geom`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['parcels', 'parks', 'infrastructure', 'sensitive_zones']) {
    await sql`DROP TRIGGER IF EXISTS ${sql.id(`${table}_bump_revision`)} ON ${sql.table(table)}`.execute(db)
  }
  await sql`DROP FUNCTION IF EXISTS atlas_bump_revision()`.execute(db)
  await sql`DROP TABLE IF EXISTS atlas_revisions`.execute(db)
  await sql`ALTER TABLE parcels DROP COLUMN centre_lon, DROP COLUMN centre_lat`.execute(db)
  await sql`CREATE FUNCTION atlas_local_metric(g geometry) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT '+proj=tmerc +lat_0=0 +k=1 +x_0=500000 +ellps=GRS80 +units=m +no_defs +lon_0=' || round(ST_X(ST_Centroid(g))::numeric, 1) $$`.execute(
    db,
  )
  await sql`DROP FUNCTION IF EXISTS atlas_gk_scale(geometry), atlas_gk_srid(geometry), atlas_gk_meridian(geometry)`.execute(
    db,
  )
}
