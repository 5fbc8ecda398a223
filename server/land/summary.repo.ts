import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { type ParcelAudience, visibleParcels } from './parcels.repo.js'

export interface SummaryRow {
  key: string
  name: string
  name_en: string | null
  count: number
  mu: number
}

const count = sql<number>`count(*)::int`.as('count')
const mu = sql<number>`round(sum(p.area_mu)::numeric, 2)::float8`.as('mu')

/** Count and mu of the land this audience may see, by status, district, park and land use. */
export async function landSummary(db: DbOrTrx, audience: ParcelAudience) {
  const base = () => visibleParcels(db, audience)
  const [total, byStatus, byDistrict, byPark, byLandUse] = await Promise.all([
    base().select([count, mu]).executeTakeFirstOrThrow(),
    base()
      .select(['p.status as key', 'p.status as name', sql<null>`NULL`.as('name_en'), count, mu])
      .groupBy('p.status')
      .orderBy('p.status')
      .execute(),
    base()
      .select([
        sql<string>`coalesce(r.id::text, '')`.as('key'),
        sql<string>`coalesce(r.name, '')`.as('name'),
        'r.name_en',
        count,
        mu,
      ])
      .groupBy(['r.id', 'r.name', 'r.name_en'])
      .orderBy('r.name')
      .execute(),
    base()
      .select([
        sql<string>`coalesce(k.id::text, '')`.as('key'),
        sql<string>`coalesce(k.name, '')`.as('name'),
        'k.name_en',
        count,
        mu,
      ])
      .groupBy(['k.id', 'k.name', 'k.name_en'])
      .orderBy('k.name')
      .execute(),
    base()
      .select(['p.land_use_code as key', 'p.land_use_name as name', sql<null>`NULL`.as('name_en'), count, mu])
      .groupBy(['p.land_use_code', 'p.land_use_name'])
      .orderBy('p.land_use_code')
      .execute(),
  ])
  return {
    total: { count: total.count, mu: total.mu ?? 0 },
    by_status: byStatus as SummaryRow[],
    by_district: byDistrict as SummaryRow[],
    by_park: byPark as SummaryRow[],
    by_land_use: byLandUse as SummaryRow[],
  }
}
