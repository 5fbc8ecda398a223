import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// Named column mappings, one per source of land files (国土局, a park's office…): the upload dialog offers the one
// used last, so each month's file from the same office maps itself.
const statements = [
  sql`CREATE TABLE import_profiles (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 80),
    fields jsonb NOT NULL CHECK (jsonb_typeof(fields) = 'object'),
    area_unit text CHECK (area_unit IN ('mu', 'm2', 'ha')),
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS import_profiles`.execute(db)
}
