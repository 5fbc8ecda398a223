import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { BlockCandidate } from './block-graph.js'
import type { ParcelAudience } from './parcels.repo.js'
import type { ParcelStatus } from './parcels.table.js'

export interface BlockFilter {
  statuses: readonly ParcelStatus[]
  audience: ParcelAudience
}

/** Below this, boundaries count as shared: survey data rarely meets to the millimetre. */
const TOUCH_TOLERANCE_M = 0.1
/** A pair joins only if this much of one's boundary faces the other: corner contact never does. */
const MIN_FACING_M = 1

const candidateWhere = (filter: BlockFilter) =>
  filter.audience === 'public' ? sql`p.status = ANY(${filter.statuses}::text[]) AND p.published` : sql`p.status = ANY(${filter.statuses}::text[])`

/** The UTM zone (WGS84/CGCS2000 agree to centimetres) around the candidates: adjacency is measured in metres there. */
export async function metricSrid(db: DbOrTrx, filter: BlockFilter): Promise<number> {
  const { rows } = await sql<{ lon: number | null }>`
    SELECT ST_X(ST_Centroid(ST_Extent(p.geom)::geometry)) AS lon FROM parcels p WHERE ${candidateWhere(filter)}`.execute(db)
  const lon = rows[0]?.lon ?? 120
  return 32600 + Math.min(60, Math.max(1, Math.floor((lon + 180) / 6) + 1))
}

export async function blockCandidates(db: DbOrTrx, filter: BlockFilter): Promise<BlockCandidate[]> {
  const { rows } = await sql<BlockCandidate>`
    SELECT p.id, p.code, p.area_mu AS "areaMu", r.name AS "regionName", k.name AS "parkName", p.is_net_land AS "isNetLand"
    FROM parcels p LEFT JOIN regions r ON r.id = p.region_id LEFT JOIN parks k ON k.id = p.park_id
    WHERE ${candidateWhere(filter)}`.execute(db)
  return rows
}

/**
 * Pairs of candidates that share at least 1 m of boundary, or with `gapM` > 0 face each other across at most
 * that gap along at least max(1 m, gapM) (so parcels diagonal across a crossroads stay apart).
 */
export async function adjacentPairs(db: DbOrTrx, filter: BlockFilter, gapM: number, srid: number): Promise<[number, number][]> {
  const reach = Math.max(gapM, TOUCH_TOLERANCE_M)
  const minFacing = Math.max(MIN_FACING_M, gapM)
  // Index prefilter in degrees: generous (one degree of longitude is over 60 km below 57° N).
  const reachDeg = reach / 60_000 + 1e-7
  const { rows } = await sql<{ a: number; b: number }>`
    WITH c AS (SELECT p.id, p.geom FROM parcels p WHERE ${candidateWhere(filter)})
    SELECT a.id AS a, b.id AS b
    FROM c a JOIN c b ON a.id < b.id AND b.geom && ST_Expand(a.geom, ${reachDeg}::float8)
    CROSS JOIN LATERAL (SELECT ST_Transform(a.geom, ${srid}::int) AS ga, ST_Transform(b.geom, ${srid}::int) AS gb) m
    WHERE ST_DWithin(m.ga, m.gb, ${reach}::float8)
      AND ST_Length(ST_Intersection(ST_Boundary(m.gb), ST_Buffer(m.ga, ${reach}::float8, 'quad_segs=2'))) >= ${minFacing}::float8`.execute(db)
  return rows.map((r) => [r.a, r.b])
}

export interface BlockShape {
  block: number
  geometry: string
  widthM: number
  lengthM: number
  compactness: number
}

/** Per block: the dissolved outline, its minimum rotated rectangle's sides and a compactness index (4πA/P²). */
export async function blockShapes(db: DbOrTrx, members: readonly { block: number; parcelId: number }[], srid: number): Promise<BlockShape[]> {
  if (members.length === 0) return []
  const { rows } = await sql<BlockShape>`
    WITH u AS (
      SELECT m.block, ST_Union(p.geom) AS g
      FROM unnest(${members.map((m) => m.block)}::int[], ${members.map((m) => m.parcelId)}::int[]) AS m(block, parcel)
      JOIN parcels p ON p.id = m.parcel
      GROUP BY m.block
    ), metric AS (
      SELECT block, g, ST_Transform(g, ${srid}::int) AS gm FROM u
    ), env AS (
      SELECT block, g, gm, ST_ExteriorRing(ST_OrientedEnvelope(gm)) AS ring FROM metric
    )
    SELECT block,
      ST_AsGeoJSON(g, 7) AS geometry,
      round(least(ST_Distance(ST_PointN(ring, 1), ST_PointN(ring, 2)), ST_Distance(ST_PointN(ring, 2), ST_PointN(ring, 3)))::numeric, 1)::float8 AS "widthM",
      round(greatest(ST_Distance(ST_PointN(ring, 1), ST_PointN(ring, 2)), ST_Distance(ST_PointN(ring, 2), ST_PointN(ring, 3)))::numeric, 1)::float8 AS "lengthM",
      round((4 * pi() * ST_Area(gm) / nullif(ST_Perimeter(gm) ^ 2, 0))::numeric, 3)::float8 AS compactness
    FROM env`.execute(db)
  return rows
}
