import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// 赛马 below the district (000 §3, 001, 002): yearly targets per unit (town, platform, department; a district's stay in
// `targets`), and 月排位 as history (a serial key each, as backups need): each level's ranking at each month's end, stored once, never recomputed.
const statements = [
  sql`CREATE TABLE unit_targets (
    id serial PRIMARY KEY,
    jurisdiction_id integer NOT NULL REFERENCES jurisdictions (id) ON DELETE CASCADE,
    year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    metric text NOT NULL CHECK (metric IN ('projects_1yi', 'projects_10yi', 'projects_50yi', 'foreign_capital_usd_wan',
      'domestic_capital_wan', 'industrial_land_investment_wan')),
    target numeric(14, 2) NOT NULL CHECK (target > 0),
    UNIQUE (jurisdiction_id, year, metric)
  )`,
  sql`CREATE TABLE month_end_rankings (
    id serial PRIMARY KEY,
    level text NOT NULL CHECK (level IN ('district', 'town', 'platform', 'department')),
    year integer NOT NULL,
    month integer NOT NULL CHECK (month BETWEEN 1 AND 12),
    as_of date NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    rows jsonb NOT NULL CHECK (jsonb_typeof(rows) = 'array'),
    UNIQUE (level, year, month)
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS month_end_rankings`.execute(db)
  await sql`DROP TABLE IF EXISTS unit_targets`.execute(db)
}
