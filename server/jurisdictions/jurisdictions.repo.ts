import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { DISPLAY_TOLERANCE_DEG } from '../regions/regions.repo.js'
import type { JurisdictionLevel } from './jurisdictions.table.js'

export interface NewJurisdiction {
  code: string
  name: string
  name_en: string
  level: JurisdictionLevel
  /** The parent's code: a parent comes before its children in a list, or is stored already. */
  parentCode: string | null
  region_id?: number
  park_id?: number
  demonstration?: boolean
  geometryJson?: string | null
}

/** Stores units in order, each under its parent by code; returns their ids by code. */
export async function insertJurisdictions(
  db: DbOrTrx,
  units: readonly NewJurisdiction[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const unit of units) {
    if ((unit.level === 'city') !== (unit.parentCode === null))
      throw new Error(`${unit.code}: a city has no parent, and every other unit has one`)
    const parentId =
      unit.parentCode === null ? null : (ids.get(unit.parentCode) ?? (await idOfCode(db, unit.parentCode)))
    const row = await db
      .insertInto('jurisdictions')
      .values({
        code: unit.code,
        name: unit.name,
        name_en: unit.name_en,
        level: unit.level,
        parent_id: parentId,
        region_id: unit.region_id ?? null,
        park_id: unit.park_id ?? null,
        demonstration: unit.demonstration ?? false,
        geom: unit.geometryJson ? sql<string>`ST_Multi(ST_GeomFromGeoJSON(${unit.geometryJson}))` : null,
      })
      .returning(['id', 'code'])
      .executeTakeFirstOrThrow()
    ids.set(row.code, row.id)
  }
  return ids
}

async function idOfCode(db: DbOrTrx, code: string): Promise<number> {
  const row = await db.selectFrom('jurisdictions').select('id').where('code', '=', code).executeTakeFirst()
  if (!row) throw new Error(`No jurisdiction with code ${code} to place a unit under`)
  return row.id
}

export interface CellSeed {
  code: string
  name: string
  name_en: string
  lonLat: [number, number]
}

/**
 * Demonstration outlines for the towns of a district: the district's outline cut into the Voronoi cells of one point
 * per town, so the towns cover the district without gaps or overlaps, as real ones do. Marked as demonstration.
 */
export async function insertDemonstrationTowns(db: DbOrTrx, districtCode: string, seeds: readonly CellSeed[]) {
  const points = sql.join(
    seeds.map(
      (s) => sql`(${s.code}, ${s.name}, ${s.name_en}, ST_SetSRID(ST_MakePoint(${s.lonLat[0]}, ${s.lonLat[1]}), 4326))`,
    ),
  )
  const rows = await sql<{ id: number; code: string }>`
    WITH district AS (
      SELECT j.id, r.geom FROM jurisdictions j JOIN regions r ON r.id = j.region_id WHERE j.code = ${districtCode}
    ),
    seeds (code, name, name_en, point) AS (VALUES ${points}),
    cells AS (
      SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(s.point), 0, (SELECT geom FROM district)))).geom AS cell FROM seeds s
    )
    INSERT INTO jurisdictions (code, name, name_en, level, parent_id, demonstration, geom)
    SELECT s.code, s.name, s.name_en, 'town', d.id, true,
      ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Intersection(c.cell, d.geom)), 3))
    FROM seeds s CROSS JOIN district d JOIN cells c ON ST_Contains(c.cell, s.point)
    RETURNING id, code`.execute(db)
  if (rows.rows.length !== seeds.length)
    throw new Error(`${districtCode}: ${rows.rows.length} of ${seeds.length} towns got an outline`)
  return new Map(rows.rows.map((r) => [r.code, r.id]))
}

/**
 * The whole tree, parents before children, each unit with its outline simplified for display: its own, its region's
 * (a district) or its park's (a platform, while the park is published: the public sees published parks only).
 */
export async function jurisdictionRows(db: DbOrTrx) {
  const outline = sql`coalesce(j.geom, r.geom, CASE WHEN p.published THEN p.geom END)`
  return db
    .selectFrom('jurisdictions as j')
    .leftJoin('regions as r', 'r.id', 'j.region_id')
    .leftJoin('parks as p', 'p.id', 'j.park_id')
    .leftJoin('jurisdictions as up', 'up.id', 'j.parent_id')
    .select([
      'j.id',
      'j.code',
      'j.name',
      'j.name_en',
      'j.level',
      'j.parent_id',
      'up.code as parent_code',
      'j.region_id',
      'j.demonstration',
      sql<unknown>`ST_AsGeoJSON(ST_Multi(ST_SimplifyPreserveTopology(${outline}, ${sql.lit(DISPLAY_TOLERANCE_DEG)})), 6)::json`.as(
        'boundary',
      ),
    ])
    .orderBy(sql`array_position(array['city', 'district', 'platform', 'town', 'department'], j.level)`)
    .orderBy('j.code')
    .execute()
}

/** Each unit's parent, for rolling credit up the tree. */
export async function parentLinks(db: DbOrTrx): Promise<Map<number, number | null>> {
  const rows = await db.selectFrom('jurisdictions').select(['id', 'parent_id']).execute()
  return new Map(rows.map((r) => [r.id, r.parent_id]))
}

/** A city's outline: the union of its districts' (a city has no outline file of its own). */
export async function outlineCityFromDistricts(db: DbOrTrx, cityCode: string) {
  await sql`
    UPDATE jurisdictions c SET geom = (
      SELECT ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(r.geom)), 3))
      FROM jurisdictions d JOIN regions r ON r.id = d.region_id
      WHERE d.parent_id = c.id
    )
    WHERE c.code = ${cityCode}`.execute(db)
}

/** The units named by id, with their level and names, to check what a request assigns. */
export async function unitsByIds(db: DbOrTrx, ids: readonly number[]) {
  if (ids.length === 0) return []
  return db.selectFrom('jurisdictions').select(['id', 'level', 'name', 'name_en']).where('id', 'in', ids).execute()
}
