import { Migrator, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../../server/db/migrate.js'
import { migrationNames, migrationProvider } from '../../../server/db/migrations/index.js'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database?.close())

describe('migrations', () => {
  it('are already applied to a fresh database and a second run applies nothing', async () => {
    expect(await migrateToLatest(database.db)).toEqual([])
  })

  it('give every geometry column a GiST index', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string; indexed: boolean }>`
      SELECT g.f_table_name AS table_name, g.f_geometry_column AS column_name,
        EXISTS (
          SELECT 1 FROM pg_index i
          JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
          JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
          WHERE i.indrelid = (quote_ident(g.f_table_schema) || '.' || quote_ident(g.f_table_name))::regclass
            AND a.attname = g.f_geometry_column AND am.amname = 'gist'
        ) AS indexed
      FROM geometry_columns g WHERE g.f_table_schema = 'public'`.execute(database.db)
    expect(rows.length).toBeGreaterThanOrEqual(7)
    expect(rows.filter((r) => !r.indexed).map((r) => `${r.table_name}.${r.column_name}`)).toEqual([])
  })

  it('reject an invalid parcel geometry (a bow-tie) instead of storing it', async () => {
    const bowTie = 'POLYGON((121 30, 121.01 30.01, 121.01 30, 121 30.01, 121 30))'
    await expect(
      sql`INSERT INTO parcels (code, land_use_code, land_use_name, status, geom)
          VALUES ('BAD', '100101', '一类工业用地', 'available', ST_Multi(ST_GeomFromText(${bowTie}, 4326)))`.execute(
        database.db,
      ),
    ).rejects.toThrow(/check constraint/)
  })

  it('move the parcel snapshots imports wrote before to the one snapshot shape (the outline an object under geom)', async () => {
    const migrator = new Migrator({ db: database.db, provider: migrationProvider })
    expect((await migrator.migrateTo('20261128T1200-one-outline-shape')).error).toBeUndefined()
    const outline = { type: 'Point', coordinates: [121.5, 29.8] }
    const { id } = await database.db
      .insertInto('audit_log')
      .values({
        user_name: 'importer',
        action: 'create',
        entity: 'parcels',
        entity_id: '1',
        after: JSON.stringify({ code: 'OLD-1', geometry: JSON.stringify(outline) }),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const snapshotMigration = '20261128T1210-one-parcel-snapshot'
    expect(await migrateToLatest(database.db)).toEqual(migrationNames.slice(migrationNames.indexOf(snapshotMigration)))
    const { after } = await database.db
      .selectFrom('audit_log')
      .select('after')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(after).toEqual({ code: 'OLD-1', geom: outline })
  })

  it('measure an outline and its distances the same with the row functions in PL/pgSQL as in SQL', async () => {
    const measures = sql<Record<string, number | null>>`
      SELECT width_m, length_m, compactness, km_port, m_water_source FROM parcels WHERE code = 'SHAPE-1'`
    await sql`INSERT INTO infrastructure (kind, name, name_en, geom)
      VALUES ('port', '港', 'Port', ST_SetSRID(ST_MakePoint(121.9, 29.9), 4326))`.execute(database.db)
    await sql`INSERT INTO sensitive_zones (kind, name, geom)
      VALUES ('water_source', '水源', ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(121.51, 29.81), 4326), 0.002)))`.execute(
      database.db,
    )
    await sql`INSERT INTO parcels (code, land_use_code, land_use_name, status, geom)
      VALUES ('SHAPE-1', '100101', '一类工业用地', 'available',
        ST_Multi(ST_GeomFromText('POLYGON((121.5 29.8, 121.503 29.8, 121.502 29.802, 121.5 29.8015, 121.5 29.8))', 4326)))`.execute(
      database.db,
    )
    const inPlpgsql = (await measures.execute(database.db)).rows[0]
    const migrator = new Migrator({ db: database.db, provider: migrationProvider })
    expect((await migrator.migrateTo('20261128T1210-one-parcel-snapshot')).error).toBeUndefined()
    await sql`UPDATE parcels SET geom = geom WHERE code = 'SHAPE-1'`.execute(database.db)
    const inSql = (await measures.execute(database.db)).rows[0]
    const plpgsql = '20261128T1800-plpgsql-row-functions'
    expect(await migrateToLatest(database.db)).toEqual(migrationNames.slice(migrationNames.indexOf(plpgsql)))
    expect(inPlpgsql).toEqual(inSql)
    expect(inPlpgsql).toMatchObject({
      km_port: expect.any(Number),
      m_water_source: expect.any(Number),
      width_m: expect.any(Number),
    })
  })
})
