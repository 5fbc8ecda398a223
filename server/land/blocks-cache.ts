import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { BlockFilter } from './blocks.repo.js'
import { type BlockOptions, type BlockWithShape, computeBlocks } from './blocks.js'

interface Entry {
  revision: string
  blocks: Promise<BlockWithShape[]>
}

// One cache per database handle; a few filter combinations each (public/staff × lists).
const caches = new WeakMap<object, Map<string, Entry>>()
const MAX_ENTRIES = 16

/** What any change to the land would change: a cheap query, so blocks stay current without recomputing per request. */
async function landRevision(db: DbOrTrx): Promise<string> {
  const { rows } = await sql<{ revision: string }>`
    SELECT concat_ws('/', count(*), max(id), sum(version), max(updated_at)) AS revision FROM parcels`.execute(db)
  return rows[0]!.revision
}

/** Blocks as `computeBlocks` gives them, recomputed only when the parcels have changed since. */
export async function currentBlocks(db: DbOrTrx, filter: BlockFilter, options: BlockOptions): Promise<BlockWithShape[]> {
  const cache = caches.get(db) ?? new Map<string, Entry>()
  caches.set(db, cache)
  const key = JSON.stringify([filter.audience, [...filter.statuses].sort(), options.gapM, options.minMu, options.membershipOnly ?? false])
  const revision = await landRevision(db)
  const hit = cache.get(key)
  if (hit && hit.revision === revision) return hit.blocks
  const blocks = computeBlocks(db, filter, options)
  cache.delete(key)
  cache.set(key, { revision, blocks })
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!)
  blocks.catch(() => cache.delete(key))
  return blocks
}
