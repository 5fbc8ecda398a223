import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// 智寻址 needs, for every parcel, how far it lies from sensitive zones (a polluting plant keeps its distance) and
// what footprint it can hold. Both are stored and kept by triggers, as the infrastructure distances are: computing
// them per request for 100 000 parcels costs seconds.
const statements = [
  sql`CREATE TABLE sensitive_zones (
    id serial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('water_source', 'residential', 'ecological')),
    name text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    geom geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    version integer NOT NULL DEFAULT 1,
    UNIQUE (kind, name)
  )`,
  sql`CREATE INDEX sensitive_zones_geom_idx ON sensitive_zones USING gist (geom)`,
  sql`ALTER TABLE parcels
    ADD COLUMN m_water_source double precision,
    ADD COLUMN m_residential double precision,
    ADD COLUMN m_ecological double precision,
    ADD COLUMN width_m double precision,
    ADD COLUMN length_m double precision,
    ADD COLUMN compactness double precision`,
  sql`CREATE TABLE project_sites (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    parcel_ids integer[] NOT NULL CHECK (cardinality(parcel_ids) > 0),
    total_mu double precision NOT NULL,
    score double precision,
    profile jsonb NOT NULL DEFAULT '{}',
    note text NOT NULL DEFAULT '',
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (project_id, parcel_ids)
  )`,
  sql`CREATE INDEX project_sites_project_idx ON project_sites (project_id)`,
  // A transverse Mercator with unit scale on the meridian through the geometry (to 0.1°): lengths within a few
  // parts per million across a park, where a UTM zone's edge errs by up to 0.1 %. Rounding keeps PROJ's cache warm.
  sql`CREATE FUNCTION atlas_local_metric(g geometry) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
      SELECT '+proj=tmerc +lat_0=0 +k=1 +x_0=500000 +ellps=GRS80 +units=m +no_defs +lon_0=' || round(ST_X(ST_Centroid(g))::numeric, 1)
    $$`,
  // Metres on the ellipsoid to the nearest zone of a kind (0 inside); the five nearest by the index are measured.
  sql`CREATE FUNCTION atlas_nearest_zone_m(g geometry, k text) RETURNS double precision
    LANGUAGE sql STABLE AS $$
      SELECT round(min(ST_Distance(g::geography, z.geom::geography))::numeric, 1)::float8
      FROM (SELECT geom FROM sensitive_zones WHERE kind = k ORDER BY geom <-> g LIMIT 5) z
    $$`,
  sql`CREATE FUNCTION atlas_parcel_site_facts() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      gm geometry := ST_Transform(NEW.geom, atlas_local_metric(NEW.geom));
      ring geometry := ST_ExteriorRing(ST_OrientedEnvelope(gm));
      a double precision := ST_Distance(ST_PointN(ring, 1), ST_PointN(ring, 2));
      b double precision := ST_Distance(ST_PointN(ring, 2), ST_PointN(ring, 3));
    BEGIN
      NEW.width_m := round(least(a, b)::numeric, 1);
      NEW.length_m := round(greatest(a, b)::numeric, 1);
      NEW.compactness := round((4 * pi() * ST_Area(gm) / nullif(ST_Perimeter(gm) ^ 2, 0))::numeric, 3);
      NEW.m_water_source := atlas_nearest_zone_m(NEW.geom, 'water_source');
      NEW.m_residential := atlas_nearest_zone_m(NEW.geom, 'residential');
      NEW.m_ecological := atlas_nearest_zone_m(NEW.geom, 'ecological');
      RETURN NEW;
    END $$`,
  sql`CREATE TRIGGER parcels_site_facts BEFORE INSERT OR UPDATE OF geom ON parcels
    FOR EACH ROW EXECUTE FUNCTION atlas_parcel_site_facts()`,
  sql`CREATE FUNCTION atlas_refresh_zone_distances() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE parcels SET
        m_water_source = atlas_nearest_zone_m(geom, 'water_source'),
        m_residential = atlas_nearest_zone_m(geom, 'residential'),
        m_ecological = atlas_nearest_zone_m(geom, 'ecological');
      RETURN NULL;
    END $$`,
  sql`CREATE TRIGGER sensitive_zones_refresh_distances AFTER INSERT OR UPDATE OR DELETE ON sensitive_zones
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_refresh_zone_distances()`,
  sql`UPDATE parcels SET geom = geom`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS parcels_site_facts ON parcels`.execute(db)
  await sql`DROP TABLE IF EXISTS project_sites, sensitive_zones`.execute(db)
  await sql`DROP FUNCTION IF EXISTS atlas_refresh_zone_distances(), atlas_parcel_site_facts(), atlas_nearest_zone_m(geometry, text), atlas_local_metric(geometry)`.execute(
    db,
  )
  await sql`ALTER TABLE parcels DROP COLUMN m_water_source, DROP COLUMN m_residential, DROP COLUMN m_ecological,
    DROP COLUMN width_m, DROP COLUMN length_m, DROP COLUMN compactness`.execute(db)
}
