import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// 载体: buildings and the space in them (002: 厂房、楼宇、小镇; 000 §4: 小微园区, 商务楼, 亿元楼宇). Many firms want
// space ready to move into, not land to build on. Floor area in ㎡, floor load in kN/㎡ (5 t/㎡ ≈ 49 kN/㎡).
const statements = [
  sql`CREATE TABLE buildings (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE CHECK (char_length(code) BETWEEN 1 AND 40),
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    name_en text NOT NULL DEFAULT '' CHECK (char_length(name_en) <= 200),
    kind text NOT NULL CHECK (kind IN ('standard_factory', 'small_firm_park', 'office', 'incubator', 'warehouse', 'town')),
    region_id integer NOT NULL REFERENCES regions (id),
    park_id integer REFERENCES parks (id) ON DELETE SET NULL,
    parcel_id integer REFERENCES parcels (id) ON DELETE SET NULL,
    address text NOT NULL DEFAULT '' CHECK (char_length(address) <= 300),
    address_en text NOT NULL DEFAULT '' CHECK (char_length(address_en) <= 300),
    floors integer CHECK (floors BETWEEN 1 AND 200),
    gross_m2 numeric(12, 1) CHECK (gross_m2 > 0),
    year_built integer CHECK (year_built BETWEEN 1900 AND 2100),
    operator text NOT NULL DEFAULT '' CHECK (char_length(operator) <= 200),
    operator_en text NOT NULL DEFAULT '' CHECK (char_length(operator_en) <= 200),
    contact text CHECK (char_length(contact) <= 200),
    links text[] NOT NULL DEFAULT '{}',
    tax_over_100m boolean NOT NULL DEFAULT false,
    is_demo boolean NOT NULL DEFAULT false,
    published boolean NOT NULL DEFAULT false,
    notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 2000),
    geom geometry(Geometry, 4326) NOT NULL CHECK (GeometryType(geom) IN ('POINT', 'MULTIPOLYGON')),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  sql`CREATE INDEX buildings_geom ON buildings USING gist (geom)`,
  sql`CREATE INDEX buildings_park ON buildings (park_id)`,
  sql`CREATE TABLE building_units (
    id serial PRIMARY KEY,
    building_id integer NOT NULL REFERENCES buildings (id) ON DELETE CASCADE,
    code text NOT NULL CHECK (char_length(code) BETWEEN 1 AND 40),
    floor integer NOT NULL CHECK (floor BETWEEN -5 AND 200),
    area_m2 numeric(10, 1) NOT NULL CHECK (area_m2 > 0),
    clear_height_m numeric(5, 2) CHECK (clear_height_m > 0),
    floor_load_kn numeric(6, 1) CHECK (floor_load_kn > 0),
    column_grid text CHECK (char_length(column_grid) <= 40),
    crane_t numeric(6, 1) NOT NULL DEFAULT 0 CHECK (crane_t >= 0),
    power_kva integer CHECK (power_kva >= 0),
    has_lift boolean NOT NULL DEFAULT false,
    has_loading_dock boolean NOT NULL DEFAULT false,
    fit_out text NOT NULL DEFAULT 'bare' CHECK (fit_out IN ('bare', 'basic', 'fitted')),
    rent_yuan_m2_month numeric(8, 2) CHECK (rent_yuan_m2_month >= 0),
    sale_yuan_m2 numeric(10, 0) CHECK (sale_yuan_m2 >= 0),
    available_from date,
    status text NOT NULL DEFAULT 'vacant' CHECK (status IN ('vacant', 'reserved', 'let')),
    lease_terms text NOT NULL DEFAULT '' CHECK (char_length(lease_terms) <= 500),
    lease_terms_en text NOT NULL DEFAULT '' CHECK (char_length(lease_terms_en) <= 500),
    tenant text CHECK (char_length(tenant) <= 200),
    project_id integer REFERENCES projects (id) ON DELETE SET NULL,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (building_id, code),
    CHECK (status <> 'vacant' OR (project_id IS NULL AND tenant IS NULL))
  )`,
  sql`CREATE INDEX building_units_building ON building_units (building_id, floor)`,
  sql`CREATE INDEX building_units_search ON building_units (status, area_m2)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS building_units`.execute(db)
  await sql`DROP TABLE IF EXISTS buildings`.execute(db)
}
