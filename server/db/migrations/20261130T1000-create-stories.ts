import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// Roadshow stories: ordered scenes (kept as one JSON array, as they are edited and reordered together) and the
// snapshot frozen when the story is published, which is what the player shows.
const statements = [
  sql`CREATE TABLE stories (
    id serial PRIMARY KEY,
    title_zh text NOT NULL CHECK (char_length(title_zh) BETWEEN 1 AND 200),
    title_en text NOT NULL CHECK (char_length(title_en) BETWEEN 1 AND 200),
    visibility text NOT NULL DEFAULT 'internal' CHECK (visibility IN ('internal', 'public')),
    scenes jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(scenes) = 'array'),
    snapshot jsonb,
    published_at timestamptz,
    published_visibility text CHECK (published_visibility IN ('internal', 'public')),
    created_by int REFERENCES users(id) ON DELETE SET NULL,
    version int NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((snapshot IS NULL) = (published_at IS NULL) AND (snapshot IS NULL) = (published_visibility IS NULL))
  )`,
  sql`CREATE INDEX stories_published ON stories (published_visibility, published_at)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS stories`.execute(db)
}
