/**
 * Pure chain graph: segments (with sub-segments) and supplier → customer links; strength, gaps, the segments
 * upstream and downstream of one, and a layered layout. No SQL, no I/O.
 */
import type { ChainTier } from './chains.table.js'

export interface GraphSegment {
  id: number
  key: string
  tier: ChainTier
  parentId: number | null
  sort: number
}

export interface GraphLink {
  supplierId: number
  customerId: number
}

export class ChainCycleError extends Error {
  constructor(readonly cycle: string[]) {
    super(`supplier → customer links would form a cycle: ${cycle.join(' → ')}`)
  }
}

/** Refuses links that loop back (a → b → … → a), naming the loop by segment keys. */
export function assertAcyclic(segments: readonly GraphSegment[], links: readonly GraphLink[]): void {
  const keyOf = new Map(segments.map((s) => [s.id, s.key]))
  const next = adjacency(links, 'down')
  const state = new Map<number, 'open' | 'done'>()
  const path: number[] = []
  const visit = (id: number): void => {
    if (state.get(id) === 'done') return
    if (state.get(id) === 'open') {
      const loop = [...path.slice(path.indexOf(id)), id]
      throw new ChainCycleError(loop.map((x) => keyOf.get(x) ?? String(x)))
    }
    state.set(id, 'open')
    path.push(id)
    for (const n of next.get(id) ?? []) visit(n)
    path.pop()
    state.set(id, 'done')
  }
  for (const s of segments) visit(s.id)
}

function adjacency(links: readonly GraphLink[], direction: 'up' | 'down'): Map<number, number[]> {
  const map = new Map<number, number[]>()
  for (const l of links) {
    const [from, to] = direction === 'down' ? [l.supplierId, l.customerId] : [l.customerId, l.supplierId]
    map.set(from, [...(map.get(from) ?? []), to])
  }
  return map
}

/** Every segment reached by following links upstream (suppliers) or downstream (customers), nearest first. */
export function reachable(links: readonly GraphLink[], start: number, direction: 'up' | 'down'): number[] {
  const next = adjacency(links, direction)
  const seen = new Set<number>([start])
  const order: number[] = []
  let frontier = [start]
  while (frontier.length > 0) {
    const following: number[] = []
    for (const id of frontier) {
      for (const n of next.get(id) ?? []) {
        if (seen.has(n)) continue
        seen.add(n)
        order.push(n)
        following.push(n)
      }
    }
    frontier = following
  }
  return order
}

/** Local firms per segment, a parent counting its sub-segments' firms too. */
export function strength(
  segments: readonly GraphSegment[],
  localFirms: ReadonlyMap<number, number>,
): Map<number, number> {
  const children = new Map<number, number[]>()
  for (const s of segments)
    if (s.parentId !== null) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s.id])
  const total = (id: number, seen: Set<number>): number => {
    if (seen.has(id)) return 0
    seen.add(id)
    return (localFirms.get(id) ?? 0) + (children.get(id) ?? []).reduce((sum, child) => sum + total(child, seen), 0)
  }
  return new Map(segments.map((s) => [s.id, total(s.id, new Set())]))
}

/** Segments with fewer local firms than the threshold: where to fill the chain (补链). */
export function gaps(
  segments: readonly GraphSegment[],
  strengths: ReadonlyMap<number, number>,
  threshold: number,
): number[] {
  return segments.filter((s) => (strengths.get(s.id) ?? 0) < threshold).map((s) => s.id)
}

const tierColumn: Record<ChainTier, number> = { upstream: 0, midstream: 1, downstream: 2 }

/**
 * A layered layout: one column per tier (upstream → downstream, as in a fishbone read left to right), segments in
 * sort order, each sub-segment placed right under its parent and indented.
 */
export function layeredLayout(
  segments: readonly GraphSegment[],
): Map<number, { column: number; row: number; depth: number }> {
  const byParent = new Map<number | null, GraphSegment[]>()
  for (const s of segments) byParent.set(s.parentId, [...(byParent.get(s.parentId) ?? []), s])
  const ordered = (list: GraphSegment[] | undefined) => [...(list ?? [])].sort((a, b) => a.sort - b.sort || a.id - b.id)
  const positions = new Map<number, { column: number; row: number; depth: number }>()
  const rows = [0, 0, 0]
  const place = (s: GraphSegment, depth: number) => {
    const column = tierColumn[s.tier]
    positions.set(s.id, { column, row: rows[column]!++, depth })
    for (const child of ordered(byParent.get(s.id))) place({ ...child, tier: s.tier }, depth + 1)
  }
  const ids = new Set(segments.map((s) => s.id))
  for (const root of ordered(segments.filter((s) => s.parentId === null || !ids.has(s.parentId)))) place(root, 0)
  return positions
}
