import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// The pipeline's history and the figures its rules need: stage events, the dates land was supplied and
// idle land revitalised (kept by a trigger, so imports and edits alike record them), and yearly targets.
const statements = [
  sql`ALTER TABLE projects
    ADD COLUMN special_support boolean NOT NULL DEFAULT false,
    ADD COLUMN landmark boolean NOT NULL DEFAULT false,
    ADD COLUMN first_reported_on date,
    ADD COLUMN planned_signing_on date,
    ADD COLUMN land_rights_on date,
    ADD COLUMN landing_town text,
    ADD COLUMN wants_whole_block boolean NOT NULL DEFAULT false`,
  sql`CREATE TABLE project_events (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects(id),
    from_stage text,
    to_stage text NOT NULL,
    on_date date NOT NULL,
    actor text NOT NULL,
    note text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  sql`CREATE INDEX project_events_project_idx ON project_events (project_id, on_date)`,
  sql`CREATE INDEX projects_parcel_idx ON projects (parcel_id)`,
  sql`ALTER TABLE parcels ADD COLUMN supplied_on date, ADD COLUMN revitalised_on date`,
  sql`CREATE FUNCTION atlas_parcel_status_dates() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status = 'supplied' AND OLD.status IN ('reserve', 'available', 'intended')
         AND NEW.supplied_on IS NOT DISTINCT FROM OLD.supplied_on THEN
        NEW.supplied_on := current_date;
      END IF;
      IF OLD.status = 'idle' AND NEW.status <> 'idle'
         AND NEW.revitalised_on IS NOT DISTINCT FROM OLD.revitalised_on THEN
        NEW.revitalised_on := current_date;
      END IF;
      RETURN NEW;
    END $$`,
  sql`CREATE TRIGGER parcels_status_dates BEFORE UPDATE OF status ON parcels
    FOR EACH ROW EXECUTE FUNCTION atlas_parcel_status_dates()`,
  sql`CREATE TABLE targets (
    id serial PRIMARY KEY,
    region_id integer NOT NULL REFERENCES regions(id),
    year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    metric text NOT NULL CHECK (metric IN ('projects_1yi', 'projects_10yi', 'foreign_capital_usd_wan', 'industrial_land_investment_wan')),
    target numeric(14, 1) NOT NULL CHECK (target > 0),
    UNIQUE (region_id, year, metric)
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS targets, project_events`.execute(db)
  await sql`DROP TRIGGER IF EXISTS parcels_status_dates ON parcels`.execute(db)
  await sql`DROP FUNCTION IF EXISTS atlas_parcel_status_dates()`.execute(db)
  await sql`ALTER TABLE parcels DROP COLUMN supplied_on, DROP COLUMN revitalised_on`.execute(db)
  await sql`DROP INDEX IF EXISTS projects_parcel_idx`.execute(db)
  await sql`ALTER TABLE projects DROP COLUMN special_support, DROP COLUMN landmark, DROP COLUMN first_reported_on,
    DROP COLUMN planned_signing_on, DROP COLUMN land_rights_on, DROP COLUMN landing_town, DROP COLUMN wants_whole_block`.execute(
    db,
  )
}
