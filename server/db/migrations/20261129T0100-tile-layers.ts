import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// Tiles of firms and projects are cached under a revision of their own table (as land is), and a city's own GIS lines
// and areas (roads, railways, rivers, water, built-up areas) get a table to be drawn as the offline basemap from.
const REVISED = ['enterprises', 'projects', 'context_features']

const statements = [
  sql`CREATE TABLE context_features (
    id serial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('road_major', 'road_minor', 'railway', 'river', 'water', 'coastline', 'built_up')),
    name text CHECK (char_length(name) <= 200),
    name_en text CHECK (char_length(name_en) <= 200),
    is_demo boolean NOT NULL DEFAULT false,
    geom geometry(Geometry, 4326) NOT NULL CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom)),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  sql`CREATE INDEX context_features_geom ON context_features USING gist (geom)`,
  sql`INSERT INTO atlas_revisions (name) VALUES ('enterprises'), ('projects'), ('context_features')`,
  ...REVISED.map(
    (table) =>
      sql`CREATE TRIGGER ${sql.id(`${table}_bump_revision`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION atlas_bump_revision()`,
  ),
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of REVISED) {
    await sql`DROP TRIGGER IF EXISTS ${sql.id(`${table}_bump_revision`)} ON ${sql.table(table)}`.execute(db)
  }
  await sql`DELETE FROM atlas_revisions WHERE name = ANY(${REVISED}::text[])`.execute(db)
  await sql`DROP TABLE IF EXISTS context_features`.execute(db)
}
