/** Pure: a chain as the panel draws it — each segment's strength, whether it is a gap, its neighbours and place. */
import { gaps, layeredLayout, reachable, strength } from './chain-graph.js'
import type { SegmentRow } from './chains.table.js'

export function presentSegments(
  segments: readonly SegmentRow[],
  links: readonly { supplier_id: number; customer_id: number }[],
  firms: { existing: ReadonlyMap<number, number>; target: ReadonlyMap<number, number> },
  threshold: number,
  withTargets: boolean,
) {
  const graph = segments.map((s) => ({ id: s.id, key: s.key, tier: s.tier, parentId: s.parent_id, sort: s.sort }))
  const graphLinks = links.map((l) => ({ supplierId: l.supplier_id, customerId: l.customer_id }))
  const strengths = strength(graph, firms.existing)
  const gapIds = new Set(gaps(graph, strengths, threshold))
  const layout = layeredLayout(graph)
  return segments.map((s) => ({
    ...s,
    strength: strengths.get(s.id) ?? 0,
    is_gap: gapIds.has(s.id),
    ...(withTargets ? { targets: firms.target.get(s.id) ?? 0 } : {}),
    upstream_ids: reachable(graphLinks, s.id, 'up'),
    downstream_ids: reachable(graphLinks, s.id, 'down'),
    layout: layout.get(s.id)!,
  }))
}
