import type { z } from '@hono/zod-openapi'
import { sql, type Updateable } from 'kysely'
import { snapshotLocker } from '../audit/snapshot.repo.js'
import type { DbOrTrx } from '../db/database.js'
import { featureJson, type SqlPropertiesOf, selectFeatureCollection } from '../db/geojson-sql.js'
import type {
  enterpriseDetailSchema,
  enterprisePropertiesSchema,
  staffEnterprisePropertiesSchema,
} from './chains.schema.js'
import type { EnterprisesTable } from './chains.table.js'

export type EnterpriseAudience = 'public' | 'staff'
/** A firm as its allowlist builds it: the staff fields are present for staff only. */
export type EnterpriseFeature = z.infer<typeof enterpriseDetailSchema>['firm']

/** What anyone may see of an existing firm: exactly the fields of its response schema. */
const publicProperties = {
  id: sql`e.id`,
  name: sql`e.name`,
  name_en: sql`e.name_en`,
  chain_id: sql`e.chain_id`,
  segment_id: sql`e.segment_id`,
  segment_name: sql`s.name`,
  segment_name_en: sql`s.name_en`,
  tier: sql`s.tier`,
  park_id: sql`e.park_id`,
  park_name: sql`k.name`,
  park_name_en: sql`k.name_en`,
  is_chain_master: sql`e.is_chain_master`,
  flags: sql`e.flags`,
  employees: sql`e.employees`,
} satisfies SqlPropertiesOf<z.infer<typeof enterprisePropertiesSchema>>

/** Staff also see targets (firms to attract), where they come from, how far talks are and whom to call. */
const staffProperties = {
  ...publicProperties,
  status: sql`e.status`,
  origin: sql`e.origin`,
  contact_stage: sql`e.contact_stage`,
  contact: sql`e.contact`,
  annual_output_wan: sql`e.annual_output_wan::float8`,
  version: sql`e.version`,
} satisfies SqlPropertiesOf<z.infer<typeof staffEnterprisePropertiesSchema>>

export interface EnterpriseFilter {
  chainId?: number
  segmentIds?: readonly number[]
}

/** What this audience may see of a firm: the staff fields for staff only. */
export const enterprisePropertiesFor = (audience: EnterpriseAudience) =>
  audience === 'staff' ? staffProperties : publicProperties

/** Firms this audience may see, joined to their segment and park; callers add filters and the selection. */
export function visibleEnterprises(db: DbOrTrx, audience: EnterpriseAudience) {
  const query = db
    .selectFrom('enterprises as e')
    .leftJoin('chain_segments as s', 's.id', 'e.segment_id')
    .leftJoin('parks as k', 'k.id', 'e.park_id')
  // The public never receives targets: not as features, not as counts.
  return audience === 'public' ? query.where('e.status', '=', 'existing') : query
}

function enterpriseFeatures(db: DbOrTrx, audience: EnterpriseAudience, filter: EnterpriseFilter) {
  let query = visibleEnterprises(db, audience).select(
    featureJson(sql`e.id`, sql`e.geom`, enterprisePropertiesFor(audience)).as('feature'),
  )
  if (filter.chainId !== undefined) query = query.where('e.chain_id', '=', filter.chainId)
  if (filter.segmentIds)
    query = query.where('e.segment_id', 'in', filter.segmentIds.length > 0 ? [...filter.segmentIds] : [-1])
  return query
}

/** Firms with a location, as GeoJSON. */
export async function enterpriseCollection(
  db: DbOrTrx,
  audience: EnterpriseAudience,
  filter: EnterpriseFilter,
): Promise<string> {
  return selectFeatureCollection(
    db,
    enterpriseFeatures(db, audience, filter).where('e.geom', 'is not', null).orderBy('e.id'),
  )
}

/** Staff lists include targets, which have no site yet. */
export async function enterpriseList(db: DbOrTrx, audience: EnterpriseAudience, filter: EnterpriseFilter) {
  const rows = await enterpriseFeatures(db, audience, filter).orderBy('e.id').execute()
  return rows.map((r) => r.feature as EnterpriseFeature)
}

export async function enterpriseFeature(db: DbOrTrx, id: number, audience: EnterpriseAudience) {
  const row = await enterpriseFeatures(db, audience, {}).where('e.id', '=', id).executeTakeFirst()
  return row?.feature as EnterpriseFeature | undefined
}

export const lockEnterpriseSnapshot = snapshotLocker('enterprises')

export type EnterpriseChanges = Pick<
  Updateable<EnterprisesTable>,
  'segment_id' | 'status' | 'is_chain_master' | 'flags' | 'origin' | 'contact_stage' | 'contact' | 'employees'
>

export async function updateEnterprise(trx: DbOrTrx, id: number, changes: EnterpriseChanges) {
  await trx
    .updateTable('enterprises')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute()
}

/**
 * Supplier → customer lines from each firm of the segment to the nearest firm of every linked segment, and each
 * segment's clusters as hulls: one per
 * park (a segment's firms in parks 30 km apart are two clusters, not one), the convex hull buffered by 250 m on the
 * ellipsoid so that one or two firms still make an area.
 */
export async function segmentLinkFeatures(db: DbOrTrx, segmentId: number): Promise<string> {
  const { rows } = await sql<{ body: string }>`
    WITH links AS (
      SELECT supplier_id, customer_id FROM chain_links WHERE supplier_id = ${segmentId} OR customer_id = ${segmentId}
    ), segs AS (
      SELECT ${segmentId}::int AS id UNION SELECT supplier_id FROM links UNION SELECT customer_id FROM links
    ), lines AS (
      -- Each firm of the chosen segment to its nearest firm in every linked segment: where its supplier or customer is.
      SELECT json_build_object('type', 'Feature', 'geometry', ST_AsGeoJSON(ST_MakeLine(p.supplier_geom, p.customer_geom), 6)::json,
        'properties', json_build_object('kind', 'link', 'supplier_id', p.supplier_id, 'customer_id', p.customer_id,
          'supplier_segment_id', p.supplier_segment_id, 'customer_segment_id', p.customer_segment_id)) AS f
      FROM (
        SELECT a.id AS supplier_id, a.geom AS supplier_geom, near.id AS customer_id, near.geom AS customer_geom, l.supplier_id AS supplier_segment_id, l.customer_id AS customer_segment_id
        FROM links l JOIN enterprises a ON a.segment_id = l.supplier_id AND a.status = 'existing' AND a.geom IS NOT NULL
        CROSS JOIN LATERAL (SELECT b.id, b.geom FROM enterprises b WHERE b.segment_id = l.customer_id AND b.status = 'existing' AND b.geom IS NOT NULL
          ORDER BY b.geom <-> a.geom LIMIT 1) near
        WHERE l.supplier_id = ${segmentId}
        UNION ALL
        SELECT near.id, near.geom, b.id, b.geom, l.supplier_id, l.customer_id
        FROM links l JOIN enterprises b ON b.segment_id = l.customer_id AND b.status = 'existing' AND b.geom IS NOT NULL
        CROSS JOIN LATERAL (SELECT a.id, a.geom FROM enterprises a WHERE a.segment_id = l.supplier_id AND a.status = 'existing' AND a.geom IS NOT NULL
          ORDER BY a.geom <-> b.geom LIMIT 1) near
        WHERE l.customer_id = ${segmentId}
      ) p
    ), hulls AS (
      SELECT json_build_object('type', 'Feature',
        'geometry', ST_AsGeoJSON(ST_Buffer(ST_ConvexHull(ST_Collect(e.geom))::geography, 250)::geometry, 6)::json,
        'properties', json_build_object('kind', 'hull', 'segment_id', e.segment_id, 'park_id', e.park_id, 'selected', e.segment_id = ${segmentId}, 'firms', count(*))) AS f
      FROM enterprises e JOIN segs ON segs.id = e.segment_id
      WHERE e.status = 'existing' AND e.geom IS NOT NULL
      GROUP BY e.segment_id, e.park_id
    )
    SELECT json_build_object('type', 'FeatureCollection', 'features',
      coalesce((SELECT json_agg(f) FROM hulls), '[]'::json)::jsonb || coalesce((SELECT json_agg(f) FROM lines), '[]'::json)::jsonb)::text AS body`.execute(
    db,
  )
  return rows[0]!.body
}
