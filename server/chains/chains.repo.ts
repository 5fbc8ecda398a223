import { type Insertable, sql, type Updateable } from 'kysely'
import { snapshotLocker } from '../audit/snapshot.repo.js'
import type { DbOrTrx } from '../db/database.js'
import { chunks, pointFromLonLat } from '../db/geometry.js'
import type { ChainSegmentsTable, ChainsTable, EnterprisesTable } from './chains.table.js'

export type NewChain = Insertable<ChainsTable> & {
  segments: (Omit<Insertable<ChainSegmentsTable>, 'chain_id' | 'parent_id'> & { parentKey?: string | null })[]
  links?: { supplier: string; customer: string }[]
}

/** Inserts chains with their segments (parents by key) and links; returns ids by chain key and by `chainKey/segmentKey`. */
export async function insertChains(db: DbOrTrx, chains: readonly NewChain[]) {
  const chainIds = new Map<string, number>()
  const segmentIds = new Map<string, number>()
  for (const { segments, links = [], ...chain } of chains) {
    const { id } = await db.insertInto('chains').values(chain).returning('id').executeTakeFirstOrThrow()
    chainIds.set(chain.key, id)
    if (segments.length === 0) continue
    const rows = await db
      .insertInto('chain_segments')
      .values(segments.map(({ parentKey: _parent, ...s }) => ({ ...s, chain_id: id })))
      .returning(['id', 'key'])
      .execute()
    const byKey = new Map(rows.map((r) => [r.key, r.id]))
    for (const row of rows) segmentIds.set(`${chain.key}/${row.key}`, row.id)
    for (const s of segments.filter((x) => x.parentKey)) {
      await db
        .updateTable('chain_segments')
        .set({ parent_id: byKey.get(s.parentKey!)! })
        .where('id', '=', byKey.get(s.key)!)
        .execute()
    }
    if (links.length > 0) {
      await db
        .insertInto('chain_links')
        .values(
          links.map((l) => ({
            chain_id: id,
            supplier_id: byKey.get(l.supplier)!,
            customer_id: byKey.get(l.customer)!,
          })),
        )
        .execute()
    }
  }
  return { chainIds, segmentIds }
}

export type NewEnterprise = Omit<Insertable<EnterprisesTable>, 'geom'> & { lonLat: [number, number] | null }

export async function insertEnterprises(db: DbOrTrx, enterprises: readonly NewEnterprise[]): Promise<void> {
  for (const chunk of chunks(enterprises, 500)) {
    await db
      .insertInto('enterprises')
      .values(chunk.map(({ lonLat, ...e }) => ({ ...e, geom: pointFromLonLat(lonLat) })))
      .execute()
  }
}

/** Chains with their size; target firms are counted for staff only. */
export async function listChains(db: DbOrTrx, withTargets: boolean) {
  const rows = await db
    .selectFrom('chains as c')
    .select([
      'c.id',
      'c.key',
      'c.name',
      'c.name_en',
      'c.chief',
      'c.chief_department',
      'c.description',
      'c.description_en',
      'c.key_figures',
      'c.version',
      (eb) =>
        eb
          .selectFrom('chain_segments as s')
          .whereRef('s.chain_id', '=', 'c.id')
          .select((x) => x.fn.countAll<string>().as('n'))
          .as('segments'),
      (eb) =>
        eb
          .selectFrom('enterprises as e')
          .whereRef('e.chain_id', '=', 'c.id')
          .where('e.status', '=', 'existing')
          .select((x) => x.fn.countAll<string>().as('n'))
          .as('existing'),
      (eb) =>
        eb
          .selectFrom('enterprises as e')
          .whereRef('e.chain_id', '=', 'c.id')
          .where('e.status', '=', 'target')
          .select((x) => x.fn.countAll<string>().as('n'))
          .as('targets'),
    ])
    .orderBy('c.id')
    .execute()
  return rows.map(({ segments, existing, targets, ...c }) => ({
    ...c,
    segment_count: Number(segments),
    existing_count: Number(existing),
    ...(withTargets ? { target_count: Number(targets) } : {}),
  }))
}

export async function findChain(db: DbOrTrx, id: number) {
  return db
    .selectFrom('chains')
    .select([
      'id',
      'key',
      'name',
      'name_en',
      'chief',
      'chief_department',
      'description',
      'description_en',
      'key_figures',
      'gap_threshold',
      'version',
    ])
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function chainSegments(db: DbOrTrx, chainId: number) {
  return db
    .selectFrom('chain_segments')
    .select(['id', 'key', 'name', 'name_en', 'tier', 'parent_id', 'sort', 'version'])
    .where('chain_id', '=', chainId)
    .orderBy('sort')
    .orderBy('id')
    .execute()
}

export async function chainLinks(db: DbOrTrx, chainId: number) {
  return db
    .selectFrom('chain_links')
    .select(['id', 'supplier_id', 'customer_id'])
    .where('chain_id', '=', chainId)
    .orderBy('id')
    .execute()
}

/** Firms per segment of a chain, by status (existing firms are the local strength). */
export async function firmsPerSegment(db: DbOrTrx, chainId: number) {
  const rows = await db
    .selectFrom('enterprises')
    .select(['segment_id', 'status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('chain_id', '=', chainId)
    .where('segment_id', 'is not', null)
    .groupBy(['segment_id', 'status'])
    .execute()
  const count = (status: 'existing' | 'target') =>
    new Map(rows.filter((r) => r.status === status).map((r) => [r.segment_id!, Number(r.n)]))
  return { existing: count('existing'), target: count('target') }
}

export const lockChainSnapshot = snapshotLocker('chains')
export const lockSegmentSnapshot = snapshotLocker('chain_segments')

export type ChainChanges = Pick<
  Updateable<ChainsTable>,
  'name' | 'name_en' | 'chief' | 'chief_department' | 'description' | 'description_en' | 'key_figures' | 'gap_threshold'
>

export async function updateChain(trx: DbOrTrx, id: number, changes: ChainChanges) {
  await trx
    .updateTable('chains')
    .set({ ...changes, version: sql`version + 1` })
    .where('id', '=', id)
    .execute()
}

export type SegmentChanges = Pick<Updateable<ChainSegmentsTable>, 'name' | 'name_en' | 'tier' | 'parent_id' | 'sort'>

export async function updateSegment(trx: DbOrTrx, id: number, changes: SegmentChanges) {
  await trx
    .updateTable('chain_segments')
    .set({ ...changes, version: sql`version + 1` })
    .where('id', '=', id)
    .execute()
}

export async function addLink(trx: DbOrTrx, chainId: number, supplierId: number, customerId: number) {
  await trx
    .insertInto('chain_links')
    .values({ chain_id: chainId, supplier_id: supplierId, customer_id: customerId })
    .execute()
  await trx.updateTable('chains').set({ version: sql`version + 1` }).where('id', '=', chainId).execute()
}

export async function removeLink(trx: DbOrTrx, chainId: number, linkId: number): Promise<boolean> {
  const removed = await trx
    .deleteFrom('chain_links')
    .where('id', '=', linkId)
    .where('chain_id', '=', chainId)
    .executeTakeFirst()
  await trx.updateTable('chains').set({ version: sql`version + 1` }).where('id', '=', chainId).execute()
  return Number(removed.numDeletedRows) > 0
}
