/**
 * Pure bookkeeping for recomputing blocks after an edit: which candidates changed since the last run (by their row
 * stamp), which adjacency pairs survive, and which blocks keep their shape. No SQL, no I/O.
 */

export type Pair = readonly [number, number]

export interface Stamped {
  id: number
  /** Changes whenever the row does (PostgreSQL's xmin): equal stamps mean an untouched outline. */
  stamp: string
}

export interface CandidateChanges {
  /** New candidates and those whose row changed: their adjacency is measured again. */
  changed: number[]
  /** Former candidates that are gone (deleted, withdrawn, moved to another status). */
  removed: number[]
}

export function candidateChanges(previous: ReadonlyMap<number, string>, current: readonly Stamped[]): CandidateChanges {
  const changed = current.filter((c) => previous.get(c.id) !== c.stamp).map((c) => c.id)
  const present = new Set(current.map((c) => c.id))
  const removed = [...previous.keys()].filter((id) => !present.has(id))
  return { changed, removed }
}

/**
 * Above this share of candidates touched (a bulk import, an edit to the infrastructure every parcel's distances
 * depend on), measuring everything again is cheaper than finding the neighbourhoods.
 */
export const FULL_RECOMPUTE_SHARE = 0.2

export function needsFullRecompute(changes: CandidateChanges, candidateCount: number): boolean {
  return changes.changed.length + changes.removed.length > Math.max(1, candidateCount * FULL_RECOMPUTE_SHARE)
}

/**
 * The adjacency after an edit: the old pairs between untouched candidates, and the freshly measured pairs that
 * involve a touched one (pairs measured between two untouched neighbours are already among the old ones).
 */
export function mergedPairs(previous: readonly Pair[], measured: readonly Pair[], changes: CandidateChanges): Pair[] {
  const touched = new Set([...changes.changed, ...changes.removed])
  const kept = previous.filter(([a, b]) => !touched.has(a) && !touched.has(b))
  const fresh = measured.filter(([a, b]) => touched.has(a) || touched.has(b))
  return [...kept, ...fresh]
}

/** A block's shape depends on its members' outlines only: the same members with the same stamps, the same shape. */
export function membershipKey(parcelIds: readonly number[], stamps: ReadonlyMap<number, string>): string {
  return [...parcelIds]
    .sort((a, b) => a - b)
    .map((id) => `${id}@${stamps.get(id) ?? ''}`)
    .join(',')
}
