import { type Insertable, type RawBuilder, sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import {
  featureJson,
  lonLatJson,
  objectJson,
  rounded,
  type SqlPropertiesOf,
  selectFeatureCollection,
} from '../db/geojson-sql.js'
import { visibleTo } from '../land/land-visibility.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import type { BuildingProperties, staffBuildingPropertiesSchema } from './space.schema.js'
import type { BuildingsTable } from './space.table.js'
import { asksOfUnits, type BuildingListQuery } from './space-query.schema.js'
import { bboxCondition, buildingConditions, unitConditions } from './unit-conditions.js'
import { placeProperties } from './units.repo.js'

const sum = (filter: RawBuilder<unknown>) => sql`coalesce(sum(area_m2) FILTER (WHERE ${filter}), 0)`

/** Space per building by status: the vacancy every audience sees is of the building's whole floor area. */
const unitTotals = (db: DbOrTrx) =>
  db
    .selectFrom('building_units')
    .select([
      'building_id',
      sql<number>`sum(area_m2)`.as('units_m2'),
      sum(sql`status = 'vacant'`).as('available_m2'),
      sum(sql`status = 'reserved'`).as('reserved_m2'),
      sum(sql`status = 'let'`).as('let_m2'),
      sql<number>`count(*) FILTER (WHERE status = 'vacant')::int`.as('vacant_units'),
      sql<number>`min(rent_yuan_m2_month) FILTER (WHERE status = 'vacant')`.as('min_rent'),
    ])
    .groupBy('building_id')

const publicBuildingProperties = {
  id: sql`bd.id`,
  code: sql`bd.code`,
  name: sql`bd.name`,
  name_en: sql`bd.name_en`,
  kind: sql`bd.kind`,
  ...placeProperties,
  address: sql`bd.address`,
  address_en: sql`bd.address_en`,
  floors: sql`bd.floors`,
  gross_m2: sql`bd.gross_m2::float8`,
  year_built: sql`bd.year_built`,
  operator: sql`bd.operator`,
  operator_en: sql`bd.operator_en`,
  contact: sql`bd.contact`,
  links: sql`to_jsonb(bd.links)`,
  tax_over_100m: sql`bd.tax_over_100m`,
  is_demo: sql`bd.is_demo`,
  units_m2: rounded(sql`coalesce(s.units_m2, 0)`, 1),
  available_m2: rounded(sql`coalesce(s.available_m2, 0)`, 1),
  vacant_units: sql`coalesce(s.vacant_units, 0)`,
  vacancy_rate: sql`round((s.available_m2 / nullif(s.units_m2, 0))::numeric, 3)::float8`,
  min_rent: sql`s.min_rent::float8`,
  label_point: lonLatJson(sql`ST_PointOnSurface(bd.geom)`),
} satisfies SqlPropertiesOf<BuildingProperties>

const staffBuildingProperties = {
  ...publicBuildingProperties,
  published: sql`bd.published`,
  notes: sql`bd.notes`,
  reserved_m2: rounded(sql`coalesce(s.reserved_m2, 0)`, 1),
  let_m2: rounded(sql`coalesce(s.let_m2, 0)`, 1),
  version: sql`bd.version`,
} satisfies SqlPropertiesOf<typeof staffBuildingPropertiesSchema._output>

const propertiesFor = (audience: ParcelAudience) =>
  audience === 'staff' ? staffBuildingProperties : publicBuildingProperties

/** Buildings the audience may see, with their space; a query that asks of units keeps buildings holding such a unit. */
function visibleBuildings(db: DbOrTrx, query: Partial<BuildingListQuery>, audience: ParcelAudience) {
  const conditions = [visibleTo(audience, 'bd'), ...buildingConditions(query), ...bboxCondition(query.bbox)]
  if (query.min_available_m2 !== undefined)
    conditions.push(sql`coalesce(s.available_m2, 0) >= ${query.min_available_m2}`)
  if (asksOfUnits(query))
    conditions.push(
      sql`EXISTS (SELECT 1 FROM building_units u WHERE u.building_id = bd.id AND ${unitConditions(query, audience)})`,
    )
  return db
    .selectFrom('buildings as bd')
    .innerJoin('regions as r', 'r.id', 'bd.region_id')
    .leftJoin('parks as k', (join) => join.onRef('k.id', '=', 'bd.park_id').on(visibleTo(audience, 'k')))
    .leftJoin(unitTotals(db).as('s'), 's.building_id', 'bd.id')
    .where(sql<boolean>`${sql.join(conditions, sql` AND `)}`)
}

export async function countBuildings(db: DbOrTrx, query: BuildingListQuery, audience: ParcelAudience) {
  const row = await visibleBuildings(db, query, audience)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow()
  return row.n
}

/** A page of the buildings the query keeps, in id order. */
const buildingPage = (db: DbOrTrx, query: BuildingListQuery, audience: ParcelAudience) =>
  visibleBuildings(db, query, audience).orderBy('bd.id').limit(query.limit).offset(query.offset)

export function buildingFeatures(db: DbOrTrx, query: BuildingListQuery, audience: ParcelAudience): Promise<string> {
  const features = buildingPage(db, query, audience).select(
    featureJson(sql`bd.id`, sql`bd.geom`, propertiesFor(audience)).as('feature'),
  )
  return selectFeatureCollection(db, features)
}

/** The same page as records: no outline is turned into GeoJSON only to be dropped. */
export async function buildingRows(db: DbOrTrx, query: BuildingListQuery, audience: ParcelAudience) {
  const rows = await buildingPage(db, query, audience)
    .select(objectJson(propertiesFor(audience)).as('building'))
    .execute()
  return rows.map((row) => row.building as BuildingProperties)
}

/** One building as a Feature, or nothing when the audience may not see it. */
export async function buildingFeature(db: DbOrTrx, id: number, audience: ParcelAudience) {
  const row = await visibleBuildings(db, {}, audience)
    .where('bd.id', '=', id)
    .select(featureJson(sql`bd.id`, sql`bd.geom`, propertiesFor(audience)).as('feature'))
    .executeTakeFirst()
  return row?.feature as { type: 'Feature'; id: number; geometry: never; properties: BuildingProperties } | undefined
}

export type NewBuilding = Omit<Insertable<BuildingsTable>, 'geom'> & { geometryJson: string }

/** Points stay points; polygons are stored as multipolygons, as parcels are. */
export async function insertBuildings(db: DbOrTrx, buildings: readonly NewBuilding[]): Promise<Map<string, number>> {
  if (buildings.length === 0) return new Map()
  const rows = await db
    .insertInto('buildings')
    .values(
      buildings.map(({ geometryJson, ...building }) => ({
        ...building,
        geom: sql<string>`(SELECT CASE WHEN GeometryType(g) = 'POINT' THEN g ELSE ST_Multi(g) END
          FROM ST_SetSRID(ST_GeomFromGeoJSON(${geometryJson}), 4326) AS g)`,
      })),
    )
    .returning(['id', 'code'])
    .execute()
  return new Map(rows.map((row) => [row.code, row.id]))
}

/** Each visible building's public contact, by id: whom a unit list says to call. */
export async function buildingContacts(db: DbOrTrx, audience: ParcelAudience): Promise<Map<number, string | null>> {
  const rows = await db
    .selectFrom('buildings as bd')
    .where(visibleTo(audience, 'bd'))
    .select(['bd.id', 'bd.contact'])
    .execute()
  return new Map(rows.map((row) => [row.id, row.contact]))
}
