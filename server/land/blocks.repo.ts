import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { BlockCandidate } from './block-graph.js'
import type { Outline, Ring } from './facing.js'
import { visibleTo } from './land-visibility.js'
import { type LandFilter, parcelFilters } from './parcel-search.repo.js'
import { type ParcelAudience, visibleParcels } from './parcels.repo.js'
import type { ParcelStatus } from './parcels.table.js'

export interface BlockFilter {
  statuses: readonly ParcelStatus[]
  audience: ParcelAudience
}

/** Candidates: parcels in the chosen statuses, and for the public only published ones. `alias` is a constant from this file. */
function candidateWhere(filter: BlockFilter, alias: 'p' | 'a' | 'b' = 'p') {
  const t = sql.table(alias)
  const status = sql`${t}.status = ANY(${filter.statuses}::text[])`
  return sql`${status} AND ${visibleTo(filter.audience, alias)}`
}

/**
 * The CGCS2000 Gauss-Krüger zone around the candidates (the same zone function the parcel trigger measures in):
 * adjacency is measured in metres there. Gaps of a few metres need no scale correction (it is below 0.1 %).
 */
export async function metricSrid(db: DbOrTrx, filter: BlockFilter): Promise<number> {
  const { rows } = await sql<{ srid: number | null }>`
    SELECT atlas_gk_srid(ST_Centroid(ST_Extent(p.geom)::geometry)) AS srid FROM parcels p WHERE ${candidateWhere(filter)}`.execute(
    db,
  )
  return rows[0]?.srid ?? DEFAULT_GK_SRID
}

/** CGCS2000 / 3-degree Gauss-Krüger CM 120°E, for a filter with no candidates (nothing is measured then). */
const DEFAULT_GK_SRID = 4549

/** A candidate with its row stamp (xmin, which every change to the row renews), to tell what an edit touched. */
export type StampedCandidate = BlockCandidate & { stamp: string }

export async function blockCandidates(db: DbOrTrx, filter: BlockFilter): Promise<StampedCandidate[]> {
  const { rows } = await sql<StampedCandidate>`
    SELECT p.id, p.code, p.area_mu AS "areaMu", r.name AS "regionName", k.name AS "parkName", r.name_en AS "regionNameEn", k.name_en AS "parkNameEn", p.is_net_land AS "isNetLand", p.xmin::text AS stamp,
      p.land_use_code AS "landUse", p.start_price::float8 AS "startPrice", p.km_port AS "kmPort",
      p.km_rail_station AS "kmRailStation", p.km_interchange AS "kmInterchange", p.km_airport AS "kmAirport"
    FROM parcels p LEFT JOIN regions r ON r.id = p.region_id LEFT JOIN parks k ON k.id = p.park_id
    WHERE ${candidateWhere(filter)}`.execute(db)
  return rows
}

/** Degrees per metre, generously: a degree of longitude is at least 40 km up to 69° N, so nothing in China is missed. */
const DEGREES_PER_METRE = 1 / 40_000

export interface Neighbourhood {
  /** Candidates whose outlines changed. */
  parcelIds: readonly number[]
  /** How far from them a neighbour may lie, in metres. */
  reachM: number
}

/**
 * Candidates' outlines in metres (the Gauss-Krüger zone, centimetre precision), as one JSON text from the database:
 * every candidate, or only those within reach of some changed ones (and those themselves), found through the spatial
 * index.
 */
export async function metricOutlines(
  db: DbOrTrx,
  filter: BlockFilter,
  srid: number,
  near?: Neighbourhood,
): Promise<Outline[]> {
  const nearby = near
    ? sql`AND EXISTS (SELECT 1 FROM parcels c WHERE c.id = ANY(${[...near.parcelIds]}::int[]) AND p.geom && ST_Expand(c.geom, ${(near.reachM + 1) * DEGREES_PER_METRE}::float8))`
    : sql``
  const { rows } = await sql<{ body: string }>`
    SELECT coalesce(json_agg(json_build_array(p.id, ST_AsGeoJSON(ST_Transform(p.geom, ${srid}::int), 2)::json -> 'coordinates')), '[]')::text AS body
    FROM parcels p WHERE ${candidateWhere(filter)} ${nearby}`.execute(db)
  const parsed = JSON.parse(rows[0]!.body) as [number, Ring[][]][]
  // A MultiPolygon's polygons' rings (outer and holes) together make its boundary.
  return parsed.map(([id, polygons]) => ({ id, rings: polygons.flat(1) }))
}

export interface BlockShape {
  block: number
  geometry: string
  widthM: number
  lengthM: number
  compactness: number
}

/** Per block: the dissolved outline and its shape as atlas_outline_shape measures every outline. */
export async function blockShapes(
  db: DbOrTrx,
  members: readonly { block: number; parcelId: number }[],
): Promise<BlockShape[]> {
  if (members.length === 0) return []
  const { rows } = await sql<BlockShape>`
    WITH u AS (
      SELECT m.block, ST_Union(p.geom) AS g
      FROM unnest(${members.map((m) => m.block)}::int[], ${members.map((m) => m.parcelId)}::int[]) AS m(block, parcel)
      JOIN parcels p ON p.id = m.parcel
      GROUP BY m.block
    )
    SELECT u.block, ST_AsGeoJSON(u.g, 7) AS geometry,
      s.width_m AS "widthM", s.length_m AS "lengthM", s.compactness
    FROM u CROSS JOIN LATERAL atlas_outline_shape(u.g) s`.execute(db)
  return rows
}

/** Of these parcels, the ones that are no longer candidates (unpublished for the public, or moved to another status). */
export async function withdrawnCandidates(
  db: DbOrTrx,
  filter: BlockFilter,
  parcelIds: readonly number[],
): Promise<Set<number>> {
  if (parcelIds.length === 0) return new Set()
  const { rows } = await sql<{ id: number }>`
    SELECT p.id FROM unnest(${[...parcelIds]}::int[]) AS wanted(id) LEFT JOIN parcels p ON p.id = wanted.id
    WHERE p.id IS NULL OR NOT (${candidateWhere(filter)})`.execute(db)
  return new Set(rows.map((r) => r.id))
}

export interface ParcelVerdict {
  every: boolean
  some: boolean
}

/**
 * For each of these parcels, whether it meets the conditions a block's every parcel must meet, and those some parcel
 * of it must meet: the land list's own filter SQL, so a block search asks what the parcel search asks.
 */
export async function parcelVerdicts(
  db: DbOrTrx,
  audience: ParcelAudience,
  parcelIds: readonly number[],
  conditions: { every: LandFilter; some: LandFilter },
): Promise<Map<number, ParcelVerdict>> {
  if (parcelIds.length === 0) return new Map()
  const rows = await visibleParcels(db, audience)
    .select((eb) => [
      'p.id',
      parcelFilters(eb, conditions.every).as('every'),
      parcelFilters(eb, conditions.some).as('some'),
    ])
    .where(sql<boolean>`p.id = ANY(${[...parcelIds]}::int[])`)
    .execute()
  return new Map(rows.map((row) => [row.id, { every: Boolean(row.every), some: Boolean(row.some) }]))
}
