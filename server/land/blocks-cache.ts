import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { BlockFilter } from './blocks.repo.js'
import { type BlockOptions, type BlockWithShape, computeAdjacency, computeBlocks } from './blocks.js'

interface Entry {
  revision: string
  value: Promise<unknown>
}

// One cache per database handle; a few filter combinations each (public/staff × lists).
const caches = new WeakMap<object, Map<string, Entry>>()
const MAX_ENTRIES = 16

/**
 * Bumped by every statement that changes parcels, parks, infrastructure or sensitive zones (a trigger, in the
 * changing transaction): one row read, so caches stay current without recomputing per request.
 */
async function landRevision(db: DbOrTrx): Promise<string> {
  const { rows } = await sql<{ revision: string }>`SELECT string_agg(name || ':' || revision, '/' ORDER BY name) AS revision FROM atlas_revisions`.execute(db)
  return rows[0]!.revision
}

/** `compute()`'s answer, computed again only when the land (parcels, parks, infrastructure, zones) has changed since. */
export async function cachedByLandRevision<T>(db: DbOrTrx, key: string, compute: () => Promise<T>): Promise<T> {
  const cache = caches.get(db) ?? new Map<string, Entry>()
  caches.set(db, cache)
  const revision = await landRevision(db)
  const hit = cache.get(key)
  if (hit && hit.revision === revision) return hit.value as Promise<T>
  const value = compute()
  cache.delete(key)
  cache.set(key, { revision, value })
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!)
  value.catch(() => cache.delete(key))
  return value
}

const filterKey = (filter: BlockFilter) => [filter.audience, [...filter.statuses].sort()]

/** Blocks as `computeBlocks` gives them, recomputed only when the parcels have changed since. */
export function currentBlocks(db: DbOrTrx, filter: BlockFilter, options: BlockOptions): Promise<BlockWithShape[]> {
  const key = JSON.stringify(['blocks', ...filterKey(filter), options.gapM, options.minMu, options.membershipOnly ?? false])
  return cachedByLandRevision(db, key, () => computeBlocks(db, filter, options))
}

/** Pairs of touching candidates, as blocks are built from: the graph 智寻址 assembles sites on. */
export function currentAdjacency(db: DbOrTrx, filter: BlockFilter): Promise<[number, number][]> {
  return cachedByLandRevision(db, JSON.stringify(['adjacency', ...filterKey(filter)]), () => computeAdjacency(db, filter, 0))
}
