import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// A chain's segments form a graph: supplier → customer links between segments of the same chain (kept acyclic by the
// API), plus the chain's key figures and the number of local firms below which a segment counts as a gap.
const statements = [
  sql`CREATE TABLE chain_links (
    id serial PRIMARY KEY,
    chain_id integer NOT NULL REFERENCES chains(id) ON DELETE CASCADE,
    supplier_id integer NOT NULL REFERENCES chain_segments(id) ON DELETE CASCADE,
    customer_id integer NOT NULL REFERENCES chain_segments(id) ON DELETE CASCADE,
    UNIQUE (supplier_id, customer_id),
    CHECK (supplier_id <> customer_id)
  )`,
  sql`CREATE INDEX chain_links_chain_idx ON chain_links (chain_id)`,
  sql`ALTER TABLE chains
    ADD COLUMN key_figures jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN gap_threshold integer CHECK (gap_threshold BETWEEN 1 AND 100),
    ADD COLUMN description_en text NOT NULL DEFAULT ''`,
  sql`ALTER TABLE enterprises ADD COLUMN contact text`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS chain_links`.execute(db)
  await sql`ALTER TABLE chains DROP COLUMN key_figures, DROP COLUMN gap_threshold, DROP COLUMN description_en`.execute(
    db,
  )
  await sql`ALTER TABLE enterprises DROP COLUMN contact`.execute(db)
}
