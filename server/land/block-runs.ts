/**
 * What the last computation of blocks left behind, per database handle and kind of blocks, so that the next one
 * after an edit measures only the neighbourhood of the parcels that changed and dissolves only the blocks whose
 * members did. A transaction is its own handle, so a rule inside one always starts from scratch.
 */
import type { DbOrTrx } from '../db/database.js'
import {
  type CandidateChanges,
  candidateChanges,
  mergedPairs,
  needsFullRecompute,
  type Pair,
} from './block-increments.js'
import { type BlockFilter, metricOutlines, type StampedCandidate } from './blocks.repo.js'
import { adjacentOutlines } from './facing.js'

export interface StoredShape {
  geometry: string
  widthM: number
  lengthM: number
  compactness: number
}

/** How the last run went: for tests and benchmarks, which check that an edit costs its neighbourhood only. */
export interface BlockRun {
  mode: 'full' | 'incremental' | 'unchanged'
  outlinesMeasured: number
  shapesComputed: number
}

interface RunState {
  srid: number
  stamps: Map<number, string>
  pairs: Pair[]
  shapes: Map<string, StoredShape>
  run: BlockRun
}

const states = new WeakMap<object, Map<string, RunState>>()

function statesOf(db: DbOrTrx): Map<string, RunState> {
  const found = states.get(db) ?? new Map<string, RunState>()
  states.set(db, found)
  return found
}

export const previousRun = (db: DbOrTrx, key: string): RunState | undefined => statesOf(db).get(key)

export function saveRun(db: DbOrTrx, key: string, state: RunState): void {
  statesOf(db).set(key, state)
}

/** The last run's figures for this kind of blocks, or undefined before the first. */
export const lastBlockRun = (db: DbOrTrx, key: string): BlockRun | undefined => previousRun(db, key)?.run

/** Below this, boundaries count as shared: survey data rarely meets to the millimetre. */
const TOUCH_TOLERANCE_M = 0.1
/** A pair joins only if this much of one's boundary faces the other: corner contact never does. */
const MIN_FACING_M = 1

export interface AdjacencyRun {
  pairs: Pair[]
  stamps: Map<number, string>
  run: Pick<BlockRun, 'mode' | 'outlinesMeasured'>
}

/**
 * Which candidates touch (or face each other across `gapM`). After an edit, only the outlines within reach of the
 * changed ones are read and measured; pairs between untouched candidates are kept.
 */
export async function adjacencyAfter(
  db: DbOrTrx,
  filter: BlockFilter,
  gapM: number,
  srid: number,
  candidates: readonly StampedCandidate[],
  previous: RunState | undefined,
): Promise<AdjacencyRun> {
  const stamps = new Map(candidates.map((c) => [c.id, c.stamp]))
  const reachM = Math.max(gapM, TOUCH_TOLERANCE_M)
  const measure = async (changes?: CandidateChanges) => {
    const near = changes && { parcelIds: changes.changed, reachM }
    const outlines = changes && changes.changed.length === 0 ? [] : await metricOutlines(db, filter, srid, near)
    return {
      outlines: outlines.length,
      pairs: adjacentOutlines(outlines, reachM, Math.max(MIN_FACING_M, gapM)) as Pair[],
    }
  }
  if (!previous || previous.srid !== srid) {
    const full = await measure()
    return { pairs: full.pairs, stamps, run: { mode: 'full', outlinesMeasured: full.outlines } }
  }
  const changes = candidateChanges(previous.stamps, candidates)
  if (changes.changed.length + changes.removed.length === 0)
    return { pairs: previous.pairs, stamps, run: { mode: 'unchanged', outlinesMeasured: 0 } }
  if (needsFullRecompute(changes, candidates.length)) {
    const full = await measure()
    return { pairs: full.pairs, stamps, run: { mode: 'full', outlinesMeasured: full.outlines } }
  }
  const local = await measure(changes)
  return {
    pairs: mergedPairs(previous.pairs, local.pairs, changes),
    stamps,
    run: { mode: 'incremental', outlinesMeasured: local.outlines },
  }
}
