import type { Insertable } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { chunks, pointFromLonLat } from '../db/geometry.js'
import type { ChainSegmentsTable, ChainsTable, EnterprisesTable } from './chains.table.js'

export type NewChain = Insertable<ChainsTable> & { segments: Omit<Insertable<ChainSegmentsTable>, 'chain_id'>[] }

/** Returns ids by chain key and by `chainKey/segmentKey`. */
export async function insertChains(db: DbOrTrx, chains: readonly NewChain[]) {
  const chainIds = new Map<string, number>()
  const segmentIds = new Map<string, number>()
  for (const { segments, ...chain } of chains) {
    const { id } = await db.insertInto('chains').values(chain).returning('id').executeTakeFirstOrThrow()
    chainIds.set(chain.key, id)
    if (segments.length === 0) continue
    const rows = await db
      .insertInto('chain_segments')
      .values(segments.map((s) => ({ ...s, chain_id: id })))
      .returning(['id', 'key'])
      .execute()
    for (const row of rows) segmentIds.set(`${chain.key}/${row.key}`, row.id)
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
