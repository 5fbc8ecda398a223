import type { DbOrTrx } from '../db/database.js'
import { type BlockOptions, type BlockWithShape, computeAdjacency, computeBlocks } from './blocks.js'
import { type BlockFilter, withdrawnCandidates } from './blocks.repo.js'
import { landRevision } from './land-revision.repo.js'

interface Entry {
  revision: string
  value: Promise<unknown>
  /** The last answer that completed, for stale-while-revalidate. */
  settled?: unknown
  /** A recomputation is scheduled or running: a burst of edits waits for it instead of starting its own. */
  refreshing?: boolean
}

// Per database handle, one cache per namespace; a few filter combinations each (public/staff × lists). Namespaces
// keep apart what many keys would otherwise evict: a search's overview sums never push out the blocks.
const caches = new WeakMap<object, Map<string, Map<string, Entry>>>()
const MAX_ENTRIES = 16
/** A burst of edits is recomputed once, this long after the first of them asks: the rest are served the last answer. */
const REFRESH_DELAY_MS = 500

function cacheOf(db: DbOrTrx, namespace: string): Map<string, Entry> {
  const spaces = caches.get(db) ?? new Map<string, Map<string, Entry>>()
  caches.set(db, spaces)
  const cache = spaces.get(namespace) ?? new Map<string, Entry>()
  spaces.set(namespace, cache)
  return cache
}

function store<T>(cache: Map<string, Entry>, key: string, revision: string, value: Promise<T>, previous?: Entry) {
  const entry: Entry = { revision, value, settled: previous?.settled }
  cache.delete(key)
  cache.set(key, entry)
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!)
  value.then(
    (settled) => (entry.settled = settled),
    () => cache.get(key) === entry && cache.delete(key),
  )
  return value
}

export interface CacheOptions {
  /**
   * Serve the last completed answer while the land has changed since, and recompute once per burst of edits
   * (REFRESH_DELAY_MS after the first request that sees the change). For map layers and dashboards; never for rules.
   */
  allowStale?: boolean
  /** Where the entry is kept (16 entries each); by default with the blocks and the adjacency. */
  namespace?: string
}

/** `compute()`'s answer, computed again only when the land (parcels, parks, infrastructure, zones) has changed since. */
export async function cachedByLandRevision<T>(
  db: DbOrTrx,
  key: string,
  compute: () => Promise<T>,
  options: CacheOptions = {},
): Promise<T> {
  const cache = cacheOf(db, options.namespace ?? 'land')
  const revision = await landRevision(db)
  const hit = cache.get(key)
  if (hit && hit.revision === revision) return hit.value as Promise<T>
  if (options.allowStale && hit?.settled !== undefined) {
    if (!hit.refreshing) {
      hit.refreshing = true
      setTimeout(() => void refresh(cache, db, key, compute, hit), REFRESH_DELAY_MS)
    }
    return hit.settled as T
  }
  return store(cache, key, revision, compute(), hit)
}

async function refresh<T>(
  cache: Map<string, Entry>,
  db: DbOrTrx,
  key: string,
  compute: () => Promise<T>,
  stale: Entry,
) {
  try {
    const revision = await landRevision(db)
    await store(cache, key, revision, compute(), stale)
  } catch {
    // The next request tries again: a failed refresh keeps the last answer.
  } finally {
    stale.refreshing = false
  }
}

const filterKey = (filter: BlockFilter) => [filter.audience, [...filter.statuses].sort()]

/** Blocks as `computeBlocks` gives them, recomputed only when the parcels have changed since. */
export function currentBlocks(
  db: DbOrTrx,
  filter: BlockFilter,
  options: BlockOptions,
  cacheOptions: CacheOptions = {},
): Promise<BlockWithShape[]> {
  const key = JSON.stringify([
    'blocks',
    ...filterKey(filter),
    options.gapM,
    options.minMu,
    options.membershipOnly ?? false,
  ])
  return cachedByLandRevision(db, key, () => computeBlocks(db, filter, options), cacheOptions)
}

/**
 * Blocks for the map, served stale-while-revalidate under a burst of edits. A stale answer never shows a parcel
 * that has since left the candidates (unpublished, sold): a block holding one is left out until the recomputation.
 */
export async function displayedBlocks(
  db: DbOrTrx,
  filter: BlockFilter,
  options: BlockOptions,
): Promise<BlockWithShape[]> {
  const blocks = await currentBlocks(db, filter, options, { allowStale: true })
  const withdrawn = await withdrawnCandidates(
    db,
    filter,
    blocks.flatMap((b) => b.parcelIds),
  )
  return withdrawn.size === 0 ? blocks : blocks.filter((b) => !b.parcelIds.some((id) => withdrawn.has(id)))
}

/** Pairs of touching candidates, as blocks are built from: the graph 智寻址 assembles sites on. */
export function currentAdjacency(db: DbOrTrx, filter: BlockFilter): Promise<[number, number][]> {
  return cachedByLandRevision(db, JSON.stringify(['adjacency', ...filterKey(filter)]), () =>
    computeAdjacency(db, filter, 0),
  )
}
