import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// "I'm interested" from the public site: each submission is a lead, kept with the project (stage `lead`) it opened in
// the pipeline. Personal data: staff only, like the projects.
const statements = [
  sql`CREATE TABLE leads (
    id serial PRIMARY KEY,
    reference text NOT NULL UNIQUE CHECK (char_length(reference) <= 40),
    project_id int NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    company text NOT NULL CHECK (char_length(company) <= 200),
    contact_name text NOT NULL CHECK (char_length(contact_name) <= 200),
    phone text CHECK (char_length(phone) <= 64),
    email text CHECK (char_length(email) <= 200),
    land_need_mu numeric,
    industry text CHECK (char_length(industry) <= 200),
    investment_wan numeric,
    message text NOT NULL DEFAULT '' CHECK (char_length(message) <= 2000),
    language text NOT NULL CHECK (language IN ('zh', 'en')),
    sites jsonb NOT NULL DEFAULT '[]',
    source text NOT NULL DEFAULT 'web_form' CHECK (source IN ('web_form')),
    submitted jsonb NOT NULL,
    consent_at timestamptz NOT NULL,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'assigned', 'converted', 'rejected')),
    owner_id int REFERENCES users(id) ON DELETE SET NULL,
    reject_reason text CHECK (char_length(reject_reason) <= 2000),
    version int NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  sql`CREATE INDEX leads_status ON leads (status, created_at)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS leads`.execute(db)
}
