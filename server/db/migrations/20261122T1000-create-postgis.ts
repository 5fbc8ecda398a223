import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS postgis`.execute(db)
}

export async function down(): Promise<void> {
  // The extension may be shared with other schemas on a real server; never drop it here.
}
