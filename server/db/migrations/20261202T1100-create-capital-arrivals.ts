import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// 到资: capital arriving for a project, by date (000 §2, 001). Targets count foreign capital actually used (USD) and
// capital in place from outside the county (CNY) per year; credit between units follows the arrivals, not the signing.
const statements = [
  sql`CREATE TABLE capital_arrivals (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    arrived_on date NOT NULL,
    amount_wan numeric(14, 2) NOT NULL CHECK (amount_wan > 0),
    currency text NOT NULL CHECK (currency IN ('CNY', 'USD')),
    kind text NOT NULL CHECK (kind IN ('foreign_capital', 'domestic_outside', 'zheshang_return', 'other')),
    note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 500),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'foreign_capital') = (currency = 'USD'))
  )`,
  sql`CREATE INDEX capital_arrivals_project ON capital_arrivals (project_id, arrived_on)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS capital_arrivals`.execute(db)
}
