import { describe, expect, it } from 'vitest'
import { exchangeProblem } from '../../../server/chains/chain-exchange.js'
import {
  assertAcyclic,
  ChainCycleError,
  type GraphSegment,
  gaps,
  layeredLayout,
  reachable,
  strength,
} from '../../../server/chains/chain-graph.js'
import { rankGapLand } from '../../../server/chains/gap-land.js'

// steel → gears → turbine → service; blades → turbine; main bearings sit under gears.
const seg = (
  id: number,
  key: string,
  tier: GraphSegment['tier'],
  parentId: number | null = null,
  sort = id,
): GraphSegment => ({ id, key, tier, parentId, sort })
const segments = [
  seg(1, 'steel', 'upstream'),
  seg(2, 'gears', 'upstream'),
  seg(3, 'blades', 'upstream'),
  seg(4, 'turbine', 'midstream'),
  seg(5, 'service', 'downstream'),
  seg(6, 'main_bearings', 'upstream', 2),
]
const links = [
  { supplierId: 1, customerId: 2 },
  { supplierId: 2, customerId: 4 },
  { supplierId: 3, customerId: 4 },
  { supplierId: 4, customerId: 5 },
  { supplierId: 6, customerId: 4 },
]

describe('chain graph', () => {
  it('finds every segment upstream and downstream, nearest first', () => {
    expect(reachable(links, 4, 'up')).toEqual([2, 3, 6, 1])
    expect(reachable(links, 1, 'down')).toEqual([2, 4, 5])
    expect(reachable(links, 5, 'down')).toEqual([])
  })

  it('counts a parent’s sub-segments in its strength, and marks gaps below the threshold', () => {
    const s = strength(
      segments,
      new Map([
        [1, 3],
        [2, 1],
        [6, 2],
        [4, 1],
      ]),
    )
    expect(Object.fromEntries(s)).toEqual({ 1: 3, 2: 3, 3: 0, 4: 1, 5: 0, 6: 2 })
    expect(gaps(segments, s, 2)).toEqual([3, 4, 5])
    expect(gaps(segments, s, 1)).toEqual([3, 5])
  })

  it('rejects a loop, naming it by segment keys', () => {
    expect(() => assertAcyclic(segments, links)).not.toThrow()
    const loop = [...links, { supplierId: 5, customerId: 1 }]
    expect(() => assertAcyclic(segments, loop)).toThrow(ChainCycleError)
    expect(() => assertAcyclic(segments, loop)).toThrow(
      'supplier → customer links would form a cycle: steel → gears → turbine → service → steel',
    )
  })

  it('lays out tiers as columns, a sub-segment right under its parent', () => {
    const layout = layeredLayout(segments)
    expect(layout.get(1)).toEqual({ column: 0, row: 0, depth: 0 })
    expect(layout.get(2)).toEqual({ column: 0, row: 1, depth: 0 })
    expect(layout.get(6)).toEqual({ column: 0, row: 2, depth: 1 })
    expect(layout.get(3)).toEqual({ column: 0, row: 3, depth: 0 })
    expect(layout.get(4)).toEqual({ column: 1, row: 0, depth: 0 })
    expect(layout.get(5)).toEqual({ column: 2, row: 0, depth: 0 })
  })
})

describe('exchange files', () => {
  const file = {
    format: 'invest-atlas-chain/1' as const,
    chain: {
      key: 'x',
      name: 'X',
      name_en: '',
      chief: null,
      chief_department: null,
      description: '',
      description_en: '',
      key_figures: [],
      gap_threshold: null,
    },
    segments: [
      { key: 'a', name: 'A', name_en: '', tier: 'upstream' as const, parent: null },
      { key: 'b', name: 'B', name_en: '', tier: 'midstream' as const, parent: 'a' },
    ],
    links: [{ supplier: 'a', customer: 'b' }],
  }
  it('accepts a sound file and names the row of the first problem', () => {
    expect(exchangeProblem(file)).toBeNull()
    expect(exchangeProblem({ ...file, segments: [...file.segments, file.segments[0]!] })).toBe(
      'segments[2].key: a appears twice',
    )
    expect(exchangeProblem({ ...file, links: [{ supplier: 'a', customer: 'zz' }] })).toBe(
      'links[0].customer: no segment zz',
    )
    expect(exchangeProblem({ ...file, links: [...file.links, { supplier: 'b', customer: 'a' }] })).toBe(
      'links: supplier → customer links would form a cycle: a → b → a',
    )
    expect(exchangeProblem({ ...file, segments: [{ ...file.segments[0]!, parent: 'b' }, file.segments[1]!] })).toBe(
      'segments: parents form a loop: a → b → a',
    )
  })
})

describe('land for a gap', () => {
  it('orders parcels by distance to supplier plus customer, and blocks by their nearest parcel', () => {
    const p = (id: number, up: number | null, down: number | null, area = 10) => ({
      id,
      code: `P${id}`,
      area_mu: area,
      park_id: 1,
      park_name: '',
      park_name_en: null,
      km_upstream: up,
      km_downstream: down,
    })
    const ranked = rankGapLand(
      [p(1, 2, 3), p(2, 0.5, 1), p(3, null, null), p(4, null, 0.8)],
      [
        { parcelIds: [1, 3], totalMu: 20 },
        { parcelIds: [2, 99], totalMu: 30 },
        { parcelIds: [4], totalMu: 10 },
      ],
    )
    expect(ranked.parcels.map((x) => [x.id, x.km_score])).toEqual([
      [4, 0.8],
      [2, 1.5],
      [1, 5],
      [3, null],
    ])
    expect(ranked.blocks.map((b) => [b.parcel_codes, b.km_score])).toEqual([
      [['P2'], 1.5],
      [['P1', 'P3'], 5],
    ])
  })
})
