import { type RawBuilder, sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { visibleTo } from '../land/land-visibility.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import type { MatchSegment, MatchSite } from './industry-match.js'

export interface SiteRow extends MatchSite {
  point: string
  label: string
}

/** A parcel (or several: a block) as a site: its centre, its park's industries and its distances. */
export async function parcelSite(
  db: DbOrTrx,
  parcelIds: readonly number[],
  audience: ParcelAudience,
): Promise<SiteRow | undefined> {
  const { rows } = await sql<SiteRow & { n: number }>`
    SELECT ST_AsEWKT(ST_Centroid(ST_Collect(p.geom))) AS point, string_agg(p.code, '+' ORDER BY p.code) AS label, count(*)::int AS n,
      coalesce((SELECT k.industries FROM parks k WHERE k.id = mode() WITHIN GROUP (ORDER BY p.park_id)), '{}') AS "parkIndustries",
      min(p.km_port) AS "kmPort", min(p.km_interchange) AS "kmInterchange"
    FROM parcels p WHERE p.id = ANY(${[...parcelIds]}::int[]) AND ${visibleTo(audience, 'p')}`.execute(db)
  const row = rows[0]
  return row && row.n === parcelIds.length && row.point ? row : undefined
}

export async function parkSite(db: DbOrTrx, parkId: number, audience: ParcelAudience): Promise<SiteRow | undefined> {
  const { rows } = await sql<SiteRow>`
    SELECT ST_AsEWKT(ST_PointOnSurface(k.geom)) AS point, k.name AS label, k.industries AS "parkIndustries",
      atlas_nearest_km(ST_PointOnSurface(k.geom), 'port') AS "kmPort", atlas_nearest_km(ST_PointOnSurface(k.geom), 'interchange') AS "kmInterchange"
    FROM parks k WHERE k.id = ${parkId} AND ${visibleTo(audience, 'k')}`.execute(db)
  return rows[0]
}

const existingNear = (point: RawBuilder<unknown>, radiusM: number) =>
  sql`e.status = 'existing' AND e.geom IS NOT NULL AND ST_DWithin(e.geom::geography, ${point}::geography, ${radiusM})`

/** Every chain segment with the existing firms of it, and of the segments it trades with, within the radius. */
export async function segmentsNear(
  db: DbOrTrx,
  pointEwkt: string,
  radiusM: number,
  defaultGapThreshold: number,
): Promise<MatchSegment[]> {
  const point = sql`ST_GeomFromEWKT(${pointEwkt})`
  const { rows } = await sql<MatchSegment>`
    SELECT s.id AS "segmentId", s.key AS "segmentKey", s.name, s.name_en, s.tier, c.id AS "chainId", c.key AS "chainKey",
      c.name AS "chainName", c.name_en AS "chainName_en", coalesce(c.gap_threshold, ${defaultGapThreshold})::int AS "gapThreshold",
      (SELECT count(*) FROM enterprises e WHERE e.segment_id = s.id AND ${existingNear(point, radiusM)})::int AS "sameNearby",
      (SELECT count(*) FROM chain_links l JOIN enterprises e ON e.segment_id = CASE WHEN l.supplier_id = s.id THEN l.customer_id ELSE l.supplier_id END
        WHERE (l.supplier_id = s.id OR l.customer_id = s.id) AND ${existingNear(point, radiusM)})::int AS "linkedNearby",
      (SELECT count(*) FROM enterprises e WHERE e.segment_id = s.id AND e.status = 'existing')::int AS strength
    FROM chain_segments s JOIN chains c ON c.id = s.chain_id
    ORDER BY s.id`.execute(db)
  return rows
}
