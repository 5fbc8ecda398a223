import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// Distances from each parcel to the nearest port, rail station, interchange and airport, in km on the ellipsoid:
// stored, so they filter and sort as fast as any column, and kept current by triggers.
const statements = [
  sql`ALTER TABLE parcels
    ADD COLUMN km_port double precision,
    ADD COLUMN km_rail_station double precision,
    ADD COLUMN km_interchange double precision,
    ADD COLUMN km_airport double precision`,
  // The five nearest by the index (planar, in degrees) are measured on the ellipsoid; the least wins.
  sql`CREATE FUNCTION atlas_nearest_km(g geometry, k text) RETURNS double precision
    LANGUAGE sql STABLE AS $$
      SELECT min(ST_Distance(g::geography, i.geom::geography)) / 1000
      FROM (SELECT geom FROM infrastructure WHERE kind = k ORDER BY geom <-> g LIMIT 5) i
    $$`,
  sql`CREATE FUNCTION atlas_parcel_distances() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      NEW.km_port := atlas_nearest_km(NEW.geom, 'port');
      NEW.km_rail_station := atlas_nearest_km(NEW.geom, 'rail_station');
      NEW.km_interchange := atlas_nearest_km(NEW.geom, 'interchange');
      NEW.km_airport := atlas_nearest_km(NEW.geom, 'airport');
      RETURN NEW;
    END $$`,
  sql`CREATE TRIGGER parcels_distances BEFORE INSERT OR UPDATE OF geom ON parcels
    FOR EACH ROW EXECUTE FUNCTION atlas_parcel_distances()`,
  sql`CREATE FUNCTION atlas_refresh_parcel_distances() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE parcels SET
        km_port = atlas_nearest_km(geom, 'port'),
        km_rail_station = atlas_nearest_km(geom, 'rail_station'),
        km_interchange = atlas_nearest_km(geom, 'interchange'),
        km_airport = atlas_nearest_km(geom, 'airport');
      RETURN NULL;
    END $$`,
  sql`CREATE TRIGGER infrastructure_refreshes_distances AFTER INSERT OR UPDATE OR DELETE ON infrastructure
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_refresh_parcel_distances()`,
  sql`UPDATE parcels SET geom = geom`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS infrastructure_refreshes_distances ON infrastructure`.execute(db)
  await sql`DROP TRIGGER IF EXISTS parcels_distances ON parcels`.execute(db)
  await sql`DROP FUNCTION IF EXISTS atlas_refresh_parcel_distances(), atlas_parcel_distances(), atlas_nearest_km(geometry, text)`.execute(
    db,
  )
  await sql`ALTER TABLE parcels DROP COLUMN km_port, DROP COLUMN km_rail_station, DROP COLUMN km_interchange, DROP COLUMN km_airport`.execute(
    db,
  )
}
