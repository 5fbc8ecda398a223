import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { visibleTo } from '../land/land-visibility.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import type { ParcelFacts } from './site-rules.js'
import type { ChainFirm, SiteShape } from './site-score.js'

const visible = (audience: ParcelAudience) => sql`AND ${visibleTo(audience, 'p')}`

interface FactsRow {
  id: number
  code: string
  area_mu: number
  region_id: number | null
  park_id: number | null
  land_use_code: string
  status: string
  available_from: string | null
  start_price: number | null
  is_net_land: boolean
  is_standard_land: boolean
  std_invest_intensity: number | null
  utilities: number
  km_port: number | null
  km_rail_station: number | null
  km_interchange: number | null
  km_airport: number | null
  m_water_source: number | null
  m_residential: number | null
  m_ecological: number | null
  width_m: number | null
  length_m: number | null
  compactness: number | null
  centre_lon: number
  centre_lat: number
}

/**
 * Every parcel on offer (available or reserve) the audience may see, with what the rules and scores read: stored
 * columns only (distances, shapes and centres are kept by triggers), so this is one scan with nothing computed.
 */
export async function offeredParcels(db: DbOrTrx, audience: ParcelAudience): Promise<ParcelFacts[]> {
  const [{ rows }, parks] = await Promise.all([
    sql<FactsRow>`
      SELECT p.id, p.code, p.area_mu, p.region_id, p.park_id, p.land_use_code, p.status, p.available_from::text AS available_from,
        p.start_price::float8 AS start_price, p.is_net_land, p.is_standard_land, p.std_invest_intensity::float8 AS std_invest_intensity,
        cardinality(p.utilities) AS utilities, p.km_port, p.km_rail_station, p.km_interchange, p.km_airport, p.m_water_source, p.m_residential,
        p.m_ecological, p.width_m, p.length_m, p.compactness, p.centre_lon, p.centre_lat
      FROM parcels p WHERE p.status IN ('available', 'reserve') ${visible(audience)}`.execute(db),
    parkIndustries(db),
  ])
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    areaMu: r.area_mu,
    regionId: r.region_id,
    parkId: r.park_id,
    parkIndustries: (r.park_id !== null && parks.get(r.park_id)) || [],
    landUseCode: r.land_use_code,
    status: r.status,
    availableFrom: r.available_from,
    price: r.start_price,
    netLand: r.is_net_land,
    standardLand: r.is_standard_land,
    stdInvestIntensity: r.std_invest_intensity,
    utilityCount: r.utilities,
    km: { port: r.km_port, rail_station: r.km_rail_station, interchange: r.km_interchange, airport: r.km_airport },
    zoneM: { water_source: r.m_water_source, residential: r.m_residential, ecological: r.m_ecological },
    widthM: r.width_m,
    lengthM: r.length_m,
    compactness: r.compactness,
    lon: r.centre_lon,
    lat: r.centre_lat,
  }))
}

async function parkIndustries(db: DbOrTrx): Promise<Map<number, string[]>> {
  const rows = await db.selectFrom('parks').select(['id', 'industries']).execute()
  return new Map(rows.map((r) => [r.id, r.industries]))
}

/** Parcels asked about that are not on offer to this audience: their status, if the audience may see them at all. */
export async function parcelStatuses(
  db: DbOrTrx,
  ids: readonly number[],
  audience: ParcelAudience,
): Promise<Map<number, { code: string; status: string }>> {
  if (ids.length === 0) return new Map()
  const { rows } = await sql<{ id: number; code: string; status: string }>`
    SELECT p.id, p.code, p.status FROM parcels p WHERE p.id = ANY(${[...ids]}::int[]) ${visible(audience)}`.execute(db)
  return new Map(rows.map((r) => [r.id, { code: r.code, status: r.status }]))
}

/** The segment's chain, and the existing firms of it, of the segments supplying it and of those it supplies. */
export async function segmentContext(
  db: DbOrTrx,
  segmentId: number,
): Promise<{ chainKey: string; firms: ChainFirm[] } | undefined> {
  const { rows: chains } = await sql<{ key: string }>`
    SELECT c.key FROM chain_segments s JOIN chains c ON c.id = s.chain_id WHERE s.id = ${segmentId}`.execute(db)
  if (chains.length === 0) return undefined
  const { rows } = await sql<ChainFirm>`
    WITH roles AS (
      SELECT ${segmentId}::int AS segment_id, 'same' AS role
      UNION SELECT l.supplier_id, 'upstream' FROM chain_links l WHERE l.customer_id = ${segmentId}
      UNION SELECT l.customer_id, 'downstream' FROM chain_links l WHERE l.supplier_id = ${segmentId}
    )
    SELECT r.role, ST_X(e.geom) AS lon, ST_Y(e.geom) AS lat
    FROM roles r JOIN enterprises e ON e.segment_id = r.segment_id
    WHERE e.status = 'existing' AND e.geom IS NOT NULL
    ORDER BY e.id, r.role`.execute(db)
  return { chainKey: chains[0]!.key, firms: rows }
}

export interface MeasuredSite extends SiteShape {
  site: number
  /** The footprint fits the outline (closed over survey slivers), by the capsule test; true without a footprint. */
  fits: boolean
}

/**
 * The outline of each site dissolved in its CGCS2000 Gauss-Krüger zone (lengths divided by the zone's scale there):
 * the rotated rectangle's sides, 4πA/P², and whether a W × L footprint fits — eroded by half the width, some part
 * must still stretch L − W (the footprint's centre line).
 */
export async function measureSites(
  db: DbOrTrx,
  sites: readonly { site: number; parcelIds: readonly number[] }[],
  footprint?: { width_m: number; length_m: number },
): Promise<MeasuredSite[]> {
  if (sites.length === 0) return []
  const members = sites.flatMap((s) => s.parcelIds.map((id) => [s.site, id] as const))
  const [w, l] = footprint ? [footprint.width_m, footprint.length_m].sort((a, b) => a - b) : [null, null]
  const { rows } = await sql<MeasuredSite>`
    WITH m AS (SELECT * FROM unnest(${members.map((m) => m[0])}::int[], ${members.map((m) => m[1])}::int[]) AS m(site, parcel)),
    u AS (SELECT m.site, ST_Union(p.geom) AS g FROM m JOIN parcels p ON p.id = m.parcel GROUP BY m.site),
    metric AS (SELECT site, atlas_gk_scale(g) AS k, ST_Buffer(ST_Buffer(ST_Transform(g, atlas_gk_srid(g)), 0.5, 'join=mitre'), -0.5, 'join=mitre') AS gm FROM u),
    shape AS (SELECT site, k, gm, s.* FROM metric CROSS JOIN LATERAL atlas_metric_shape(gm, k) s)
    SELECT site, width_m AS "widthM", length_m AS "lengthM", compactness,
      CASE WHEN ${w}::float8 IS NULL THEN true ELSE coalesce((
        SELECT max(greatest(ST_Distance(ST_PointN(r, 1), ST_PointN(r, 2)), ST_Distance(ST_PointN(r, 2), ST_PointN(r, 3)))) / k
        FROM (SELECT ST_ExteriorRing(ST_OrientedEnvelope((d).geom)) AS r FROM ST_Dump(ST_Buffer(gm, -(${w}::float8 / 2 - 0.25) * k)) d) parts
      ) >= ${l}::float8 - ${w}::float8 - 0.5, false) END AS fits
    FROM shape`.execute(db)
  return rows
}

export interface PresentedSite {
  site: number
  geometry: string
  parcelCodes: string[]
  regionName: string | null
  regionNameEn: string | null
  parkName: string | null
  parkNameEn: string | null
}

/** What the answer shows of the sites it keeps: the outline to draw, the parcel codes, district and park. */
export async function presentSites(
  db: DbOrTrx,
  sites: readonly { site: number; parcelIds: readonly number[]; mainParcel: number }[],
): Promise<PresentedSite[]> {
  if (sites.length === 0) return []
  const members = sites.flatMap((s) => s.parcelIds.map((id) => [s.site, id, s.mainParcel] as const))
  const { rows } = await sql<PresentedSite>`
    WITH m AS (SELECT * FROM unnest(${members.map((m) => m[0])}::int[], ${members.map((m) => m[1])}::int[], ${members.map((m) => m[2])}::int[]) AS m(site, parcel, main))
    SELECT m.site, ST_AsGeoJSON(ST_Union(p.geom), 6) AS geometry, array_agg(p.code ORDER BY p.code) AS "parcelCodes",
      (SELECT r.name FROM parcels q JOIN regions r ON r.id = q.region_id WHERE q.id = min(m.main)) AS "regionName",
      (SELECT r.name_en FROM parcels q JOIN regions r ON r.id = q.region_id WHERE q.id = min(m.main)) AS "regionNameEn",
      (SELECT k.name FROM parcels q JOIN parks k ON k.id = q.park_id WHERE q.id = min(m.main)) AS "parkName",
      (SELECT k.name_en FROM parcels q JOIN parks k ON k.id = q.park_id WHERE q.id = min(m.main)) AS "parkNameEn"
    FROM m JOIN parcels p ON p.id = m.parcel GROUP BY m.site`.execute(db)
  return rows
}

export interface SiteClaim {
  parcel_id: number
  project_id: number
  code: string
  name: string
  stage: string
}

/** Staff only: live projects already holding a parcel of these sites (confidential pipeline data). */
export async function liveClaims(db: DbOrTrx, parcelIds: readonly number[]): Promise<SiteClaim[]> {
  if (parcelIds.length === 0) return []
  return db
    .selectFrom('projects')
    .select(['parcel_id as parcel_id', 'id as project_id', 'code', 'name', 'stage'])
    .where('parcel_id', 'in', [...parcelIds])
    .where('stage', 'not in', ['dropped', 'transferred'])
    .orderBy('id')
    .execute() as Promise<SiteClaim[]>
}
