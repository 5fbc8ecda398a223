import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// A policy belongs to a place (a jurisdiction's code) and applies there and below: 奉化区's policy is not 象山县's. A
// code, not a key to `jurisdictions`: a policy file may be loaded before the tree. Rules loaded before this have none.
const statements = [sql`ALTER TABLE incentive_rules ADD COLUMN place_code text CHECK (char_length(place_code) <= 40)`]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE incentive_rules DROP COLUMN place_code`.execute(db)
}
