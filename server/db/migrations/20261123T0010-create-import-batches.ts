import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// Every committed import is a batch: who, when, which file (its SHA-256), what it did, and for each parcel it
// touched what the parcel was before, so the whole batch can be undone.
const statements = [
  sql`CREATE TABLE import_batches (
    id serial PRIMARY KEY,
    file_name text NOT NULL,
    file_sha256 text NOT NULL,
    format text NOT NULL,
    srid integer NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    inserted integer NOT NULL DEFAULT 0,
    updated integer NOT NULL DEFAULT 0,
    unchanged integer NOT NULL DEFAULT 0,
    undone_at timestamptz,
    undone_by text
  )`,
  sql`CREATE TABLE import_batch_rows (
    id serial PRIMARY KEY,
    batch_id integer NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    parcel_id integer NOT NULL,
    action text NOT NULL CHECK (action IN ('insert', 'update')),
    before jsonb,
    UNIQUE (batch_id, parcel_id)
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS import_batch_rows, import_batches`.execute(db)
}
