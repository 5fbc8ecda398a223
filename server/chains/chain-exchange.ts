/** Pure: a chain's structure to and from the exchange format, checked before anything is written. */
import { assertAcyclic, ChainCycleError } from './chain-graph.js'
import type { ChainExchange } from './chains.schema.js'
import type { SegmentRow } from './chains.table.js'

type StoredSegment = Pick<SegmentRow, 'id' | 'key' | 'name' | 'name_en' | 'tier' | 'parent_id'>

export function toExchange(
  chain: Omit<ChainExchange['chain'], 'key_figures'> & { key_figures: unknown },
  segments: readonly StoredSegment[],
  links: readonly { supplier_id: number; customer_id: number }[],
): ChainExchange {
  const keyOf = new Map(segments.map((s) => [s.id, s.key]))
  return {
    format: 'invest-atlas-chain/1',
    chain: {
      key: chain.key,
      name: chain.name,
      name_en: chain.name_en,
      chief: chain.chief,
      chief_department: chain.chief_department,
      description: chain.description,
      description_en: chain.description_en,
      key_figures: chain.key_figures as ChainExchange['chain']['key_figures'],
      gap_threshold: chain.gap_threshold,
    },
    segments: segments.map((s) => ({
      key: s.key,
      name: s.name,
      name_en: s.name_en,
      tier: s.tier,
      parent: s.parent_id === null ? null : (keyOf.get(s.parent_id) ?? null),
    })),
    links: links.map((l) => ({ supplier: keyOf.get(l.supplier_id)!, customer: keyOf.get(l.customer_id)! })),
  }
}

/** The first problem in an exchange file, naming the row; null when it can be imported. */
export function exchangeProblem(ex: ChainExchange): string | null {
  const index = new Map<string, number>()
  for (const [i, s] of ex.segments.entries()) {
    if (index.has(s.key)) return `segments[${i}].key: ${s.key} appears twice`
    index.set(s.key, i)
  }
  for (const [i, s] of ex.segments.entries()) {
    if (s.parent !== null && !index.has(s.parent)) return `segments[${i}].parent: no segment ${s.parent}`
    if (s.parent === s.key) return `segments[${i}].parent: a segment cannot be its own parent`
  }
  for (const [i, l] of ex.links.entries()) {
    if (!index.has(l.supplier)) return `links[${i}].supplier: no segment ${l.supplier}`
    if (!index.has(l.customer)) return `links[${i}].customer: no segment ${l.customer}`
    if (l.supplier === l.customer) return `links[${i}]: a segment cannot supply itself`
  }
  const graphSegments = ex.segments.map((s, i) => ({ id: i, key: s.key, tier: s.tier, parentId: null, sort: i }))
  const parentLinks = ex.segments
    .filter((s) => s.parent !== null)
    .map((s) => ({ supplierId: index.get(s.parent!)!, customerId: index.get(s.key)! }))
  try {
    assertAcyclic(graphSegments, parentLinks)
  } catch (error) {
    if (error instanceof ChainCycleError) return `segments: parents form a loop: ${error.cycle.join(' → ')}`
    throw error
  }
  try {
    assertAcyclic(
      graphSegments,
      ex.links.map((l) => ({ supplierId: index.get(l.supplier)!, customerId: index.get(l.customer)! })),
    )
  } catch (error) {
    if (error instanceof ChainCycleError) return `links: ${error.message}`
    throw error
  }
  return null
}
