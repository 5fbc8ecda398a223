import { type Insertable, sql, type Updateable } from 'kysely'
import { snapshotLocker } from '../audit/snapshot.repo.js'
import type { DbOrTrx } from '../db/database.js'
import { visibleTo } from '../land/land-visibility.js'
import type { LeadSite, LeadStatus, LeadsTable } from './leads.table.js'

export type NewLead = Omit<Insertable<LeadsTable>, 'sites' | 'submitted'> & { sites: unknown; submitted: unknown }

export async function insertLead(trx: DbOrTrx, lead: NewLead): Promise<number> {
  const row = await trx
    .insertInto('leads')
    .values({ ...lead, sites: JSON.stringify(lead.sites), submitted: JSON.stringify(lead.submitted) })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Staff only (every caller requires `leads: read`): leads with their owners' names, newest first; or one lead. */
export function leadRows(db: DbOrTrx, which: { status?: LeadStatus; id?: number } = {}) {
  let query = db
    .selectFrom('leads as l')
    .leftJoin('users as u', 'u.id', 'l.owner_id')
    .select([
      'l.id',
      'l.reference',
      'l.project_id',
      'l.company',
      'l.contact_name',
      'l.phone',
      'l.email',
      'l.industry',
      'l.message',
      'l.language',
      'l.source',
      'l.status',
      'l.owner_id',
      'l.reject_reason',
      'l.version',
      'u.display_name as owner_name',
      sql<number | null>`l.land_need_mu::float8`.as('land_need_mu'),
      sql<number | null>`l.investment_wan::float8`.as('investment_wan'),
      sql<LeadSite[]>`l.sites`.as('sites'),
      sql<string>`to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('created_at'),
    ])
    .orderBy('l.id', 'desc')
  if (which.status) query = query.where('l.status', '=', which.status)
  if (which.id !== undefined) query = query.where('l.id', '=', which.id)
  return query.execute()
}

export type LeadRow = Awaited<ReturnType<typeof leadRows>>[number]

export async function countLeads(db: DbOrTrx, status: LeadStatus): Promise<number> {
  const row = await db
    .selectFrom('leads')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('status', '=', status)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export const lockLeadSnapshot = snapshotLocker('leads')

export type LeadChanges = Pick<Updateable<LeadsTable>, 'status' | 'owner_id' | 'reject_reason'>

export async function updateLead(trx: DbOrTrx, id: number, changes: LeadChanges) {
  await trx
    .updateTable('leads')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute()
}

/** Published parcels by id or code (what the public may name as the site it is interested in). */
export async function publicParcelsNamed(db: DbOrTrx, refs: { ids: number[]; codes: string[] }) {
  if (refs.ids.length === 0 && refs.codes.length === 0) return []
  return db
    .selectFrom('parcels')
    .select(['id', 'code', 'park_id', 'region_id'])
    .where('published', '=', true)
    .where((eb) =>
      eb.or([
        eb('id', '=', sql<number>`ANY(${refs.ids}::int[])`),
        eb('code', '=', sql<string>`ANY(${refs.codes}::text[])`),
      ]),
    )
    .execute()
}

export async function userExists(db: DbOrTrx, id: number): Promise<boolean> {
  return Boolean(await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst())
}

/** A building the public may see, by id. */
export function buildingOnShow(db: DbOrTrx, id: number) {
  return db
    .selectFrom('buildings as bd')
    .where('bd.id', '=', id)
    .where(visibleTo('public', 'bd'))
    .select('bd.id')
    .executeTakeFirst()
}
