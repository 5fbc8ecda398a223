/**
 * Pure site assembly for 智寻址: from parcels on offer and which of them share a boundary, the candidate sites for a
 * land need — a single parcel or the smallest set of adjacent parcels that reaches it. A block of 200 mu and more is
 * sold whole (DOMAIN rule 1): it is a candidate only as a whole, never cut to fit.
 */
import { connectedComponents, SELL_WHOLE_MU } from '../land/block-graph.js'

export interface AssemblyParcel {
  id: number
  areaMu: number
}

export interface AssembledSite {
  parcelIds: number[]
  totalMu: number
  /** The whole of a sell-whole block, offered as it must be sold. */
  wholeBlock: boolean
}

/** Areas show to 0.01 mu: a site that shows as the need meets it (survey rounding is not a shortfall). */
export const MU_TOLERANCE = 0.005

/** Enough to cover any real block; beyond it the search keeps the best found so far. */
const MAX_SETS_PER_BLOCK = 20_000

/**
 * For each connected group: the site with the least area within [minMu, maxMu], fewer parcels breaking ties. Groups of
 * 200 mu and more are taken whole or not at all.
 */
export function assembleSites(
  parcels: readonly AssemblyParcel[],
  pairs: readonly (readonly [number, number])[],
  minMu: number,
  maxMu: number,
): AssembledSite[] {
  const roots = connectedComponents(
    parcels.map((p) => p.id),
    pairs,
  )
  const groups = new Map<number, AssemblyParcel[]>()
  for (const p of parcels) groups.set(roots.get(p.id)!, [...(groups.get(roots.get(p.id)!) ?? []), p])
  const sites: AssembledSite[] = []
  for (const members of groups.values()) {
    const total = members.reduce((sum, p) => sum + p.areaMu, 0)
    if (total >= SELL_WHOLE_MU) {
      if (total >= minMu - MU_TOLERANCE && total <= maxMu + MU_TOLERANCE)
        sites.push({ parcelIds: members.map((p) => p.id).sort((a, b) => a - b), totalMu: total, wholeBlock: true })
      continue
    }
    const best = smallestFittingSet(members, pairs, minMu, maxMu)
    if (best) sites.push({ ...best, wholeBlock: false })
  }
  return sites.sort((a, b) => a.totalMu - b.totalMu || a.parcelIds[0]! - b.parcelIds[0]!)
}

/** Connected subsets grown from each parcel in id order (each subset met once), pruned beyond `maxMu`. */
function smallestFittingSet(
  members: readonly AssemblyParcel[],
  pairs: readonly (readonly [number, number])[],
  minMu: number,
  maxMu: number,
) {
  const area = new Map(members.map((p) => [p.id, p.areaMu]))
  const neighbours = new Map<number, number[]>(members.map((p) => [p.id, []]))
  for (const [a, b] of pairs) {
    if (!area.has(a) || !area.has(b)) continue
    neighbours.get(a)!.push(b)
    neighbours.get(b)!.push(a)
  }
  let best: { parcelIds: number[]; totalMu: number } | null = null
  let visited = 0
  const better = (ids: number[], mu: number) =>
    !best || mu < best.totalMu - 1e-9 || (Math.abs(mu - best.totalMu) <= 1e-9 && ids.length < best.parcelIds.length)
  const grow = (set: number[], mu: number, frontier: number[], root: number) => {
    if (++visited > MAX_SETS_PER_BLOCK) return
    if (mu >= minMu - MU_TOLERANCE) {
      if (better(set, mu)) best = { parcelIds: [...set].sort((a, b) => a - b), totalMu: mu }
      return // adding more only grows the area
    }
    for (let i = 0; i < frontier.length; i++) {
      const next = frontier[i]!
      const nextMu = mu + area.get(next)!
      if (nextMu > maxMu + MU_TOLERANCE || (best && nextMu > best.totalMu + 1e-9 && nextMu >= minMu - MU_TOLERANCE))
        continue
      // Parcels skipped earlier in this loop stay out of this branch, so most sets are met once; the few met twice cost time only.
      const rest = frontier.slice(i + 1)
      const added = neighbours.get(next)!.filter((n) => n > root && !set.includes(n) && !frontier.includes(n))
      grow([...set, next], nextMu, [...rest, ...added], root)
    }
  }
  for (const p of [...members].sort((a, b) => a.id - b.id)) {
    if (p.areaMu > maxMu + MU_TOLERANCE) continue
    grow(
      [p.id],
      p.areaMu,
      neighbours.get(p.id)!.filter((n) => n > p.id),
      p.id,
    )
  }
  return best as { parcelIds: number[]; totalMu: number } | null
}
