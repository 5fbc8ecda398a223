import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// Incentive policies as records (智查策): conditions on a project profile and a formula, checked by zod on the way in.
const statements = [
  sql`CREATE TABLE incentive_rules (
    id serial PRIMARY KEY,
    key text NOT NULL UNIQUE,
    name text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    level text NOT NULL CHECK (level IN ('district', 'city', 'province')),
    source text NOT NULL,
    conditions jsonb NOT NULL,
    formula jsonb NOT NULL,
    published boolean NOT NULL DEFAULT true,
    sort integer NOT NULL DEFAULT 0,
    version integer NOT NULL DEFAULT 1
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS incentive_rules`.execute(db)
}
