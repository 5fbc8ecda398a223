import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// The units the documents rank and credit (000 §1–§3, 004): the city, its districts and counties, their towns and
// streets (镇/街道), industrial platforms and parks, and the responsible departments, which have no territory. A
// district is a region, and a platform may be a park: their outlines stay in `regions` and `parks` and are read there.
const statements = [
  sql`CREATE TABLE jurisdictions (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE CHECK (char_length(code) BETWEEN 1 AND 40),
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    name_en text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 200),
    level text NOT NULL CHECK (level IN ('city', 'district', 'town', 'platform', 'department')),
    parent_id integer REFERENCES jurisdictions (id),
    region_id integer UNIQUE REFERENCES regions (id),
    park_id integer UNIQUE REFERENCES parks (id),
    demonstration boolean NOT NULL DEFAULT false,
    geom geometry(MultiPolygon, 4326) CHECK (geom IS NULL OR ST_IsValid(geom)),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    -- Not also "every other unit has a parent": a restore sets self-references in a second pass (backup.repo).
    CHECK (level <> 'city' OR parent_id IS NULL),
    CHECK ((level = 'district') = (region_id IS NOT NULL)),
    CHECK (level <> 'department' OR geom IS NULL)
  )`,
  sql`CREATE INDEX jurisdictions_parent ON jurisdictions (parent_id)`,
  sql`CREATE INDEX jurisdictions_geom ON jurisdictions USING gist (geom)`,
  // The units a project belongs to: who first talked to the investor (a town, platform or department), where it lands,
  // and the department responsible for its industry; the investor's 统一社会信用代码 for the first-report registry; and
  // the day a signing was pre-reported (001 §3: one week before, for ≥ 30亿元, ≥ 1亿美元 or landmark projects).
  sql`ALTER TABLE projects
    ADD COLUMN first_report_unit_id integer REFERENCES jurisdictions (id),
    ADD COLUMN landing_unit_id integer REFERENCES jurisdictions (id),
    ADD COLUMN responsible_department_id integer REFERENCES jurisdictions (id),
    ADD COLUMN investor_credit_code text CHECK (investor_credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    ADD COLUMN pre_reported_on date`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE projects
    DROP COLUMN first_report_unit_id, DROP COLUMN landing_unit_id,
    DROP COLUMN responsible_department_id, DROP COLUMN investor_credit_code, DROP COLUMN pre_reported_on`.execute(db)
  await sql`DROP TABLE IF EXISTS jurisdictions`.execute(db)
}
