import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
const statements = [
  sql`CREATE TABLE users (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9_.-]{1,39}$'),
    display_name text NOT NULL DEFAULT '',
    role text NOT NULL CHECK (role IN ('admin', 'planner', 'promoter', 'viewer')),
    password_hash text NOT NULL,
    disabled boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  // Only a hash of the cookie token is stored: a copy of this table cannot be replayed as sessions.
  sql`CREATE TABLE sessions (
    token_hash text PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  )`,
  sql`CREATE INDEX sessions_user_idx ON sessions (user_id)`,
  sql`CREATE INDEX sessions_expires_idx ON sessions (expires_at)`,
  sql`CREATE TABLE audit_log (
    id serial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    user_id integer REFERENCES users(id) ON DELETE SET NULL,
    user_name text NOT NULL,
    action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    entity text NOT NULL,
    entity_id text NOT NULL,
    before jsonb,
    after jsonb
  )`,
  sql`CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, id)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_log', 'sessions', 'users'])
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db)
}
