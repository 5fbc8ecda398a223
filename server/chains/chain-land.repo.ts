import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { visibleTo } from '../land/land-visibility.js'
import type { ParcelAudience } from '../land/parcels.repo.js'

export interface GapLandParcel {
  id: number
  code: string
  area_mu: number
  park_id: number
  park_name: string
  park_name_en: string | null
  /** km on the ellipsoid to the nearest existing firm of a supplier (upstream) or customer (downstream) segment. */
  km_upstream: number | null
  km_downstream: number | null
}

/**
 * Land on offer (available) in parks whose industries include the chain, with the distance to the nearest firm
 * upstream and downstream of the gap. The public sees published parcels only.
 */
export async function gapLandParcels(
  db: DbOrTrx,
  chainKey: string,
  upstreamSegments: readonly number[],
  downstreamSegments: readonly number[],
  audience: ParcelAudience,
): Promise<GapLandParcel[]> {
  const nearest = (segments: readonly number[]) =>
    segments.length === 0
      ? sql<number | null>`NULL::float8`
      : sql<number | null>`(SELECT min(ST_Distance(p.geom::geography, e.geom::geography)) / 1000 FROM enterprises e
          WHERE e.status = 'existing' AND e.geom IS NOT NULL AND e.segment_id = ANY(${[...segments]}::int[]))`
  const { rows } = await sql<GapLandParcel>`
    SELECT p.id, p.code, p.area_mu, k.id AS park_id, k.name AS park_name, k.name_en AS park_name_en,
      ${nearest(upstreamSegments)} AS km_upstream, ${nearest(downstreamSegments)} AS km_downstream
    FROM parcels p JOIN parks k ON k.id = p.park_id
    WHERE p.status = 'available' AND ${chainKey} = ANY(k.industries) AND ${visibleTo(audience, 'p', 'k')}`.execute(db)
  return rows
}
