/** Pure block assembly: parcels and their adjacency in, contiguous blocks out (no SQL, no I/O). */

export interface BlockCandidate {
  id: number
  code: string
  areaMu: number
  regionName: string | null
  parkName: string | null
  regionNameEn?: string | null
  parkNameEn?: string | null
  isNetLand: boolean
  landUse?: string | null
  startPrice?: number | null
  kmPort?: number | null
  kmRailStation?: number | null
  kmInterchange?: number | null
  kmAirport?: number | null
}

export interface Block {
  /** Stable while the block's membership is: named after its first parcel code. */
  id: string
  parcelIds: number[]
  parcelCodes: string[]
  totalMu: number
  regions: string[]
  parks: string[]
  /** The English names of `regions` and `parks`, in the same order (the Chinese name where none is stored). */
  regionsEn: string[]
  parksEn: string[]
  netLandThroughout: boolean
  /** What an investor weighs a block by: its parcels' land uses, price range and the nearest of their distances. */
  terms: BlockTerms
  /** DOMAIN.md rule 1: contiguous net land of 200 mu and more is reserved and sold whole (整体出让). */
  sellWhole: boolean
}

export const SELL_WHOLE_MU = 200

export interface BlockTerms {
  landUses: string[]
  priceMin: number | null
  priceMax: number | null
  kmPort: number | null
  kmRailStation: number | null
  kmInterchange: number | null
  kmAirport: number | null
}

const known = (values: (number | null | undefined)[]) =>
  values.filter((v): v is number => v !== null && v !== undefined)
const least = (values: (number | null | undefined)[]) => (known(values).length ? Math.min(...known(values)) : null)
const most = (values: (number | null | undefined)[]) => (known(values).length ? Math.max(...known(values)) : null)

/** A block's terms from its parcels': distinct land uses, the lowest and highest price, each distance's nearest. */
export function blockTerms(members: readonly BlockCandidate[]): BlockTerms {
  return {
    landUses: [...new Set(members.map((m) => m.landUse).filter((u): u is string => Boolean(u)))].sort(),
    priceMin: least(members.map((m) => m.startPrice)),
    priceMax: most(members.map((m) => m.startPrice)),
    kmPort: least(members.map((m) => m.kmPort)),
    kmRailStation: least(members.map((m) => m.kmRailStation)),
    kmInterchange: least(members.map((m) => m.kmInterchange)),
    kmAirport: least(members.map((m) => m.kmAirport)),
  }
}

/** Connected components by union-find with path halving over typed arrays; returns each id's component root. */
export function connectedComponents(
  ids: readonly number[],
  pairs: readonly (readonly [number, number])[],
): Map<number, number> {
  const index = new Map<number, number>()
  ids.forEach((id, i) => {
    index.set(id, i)
  })
  const parent = Int32Array.from(ids, (_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!
      i = parent[i]!
    }
    return i
  }
  for (const [a, b] of pairs) {
    const [ia, ib] = [index.get(a), index.get(b)]
    if (ia === undefined || ib === undefined) continue
    const [ra, rb] = [find(ia), find(ib)]
    // The smaller id's index is the root, so a component's root id is its least id whatever the order of pairs.
    if (ra === rb) continue
    if (ids[ra]! < ids[rb]!) parent[rb] = ra
    else parent[ra] = rb
  }
  const roots = new Map<number, number>()
  ids.forEach((id, i) => {
    roots.set(id, ids[find(i)]!)
  })
  return roots
}

/** Distinct names, sorted by the Chinese name, with their English names in the same order. */
function namesOf(pairs: readonly (readonly [string | null, string | null | undefined])[]) {
  const english = new Map<string, string>()
  for (const [zh, en] of pairs) if (zh && !english.has(zh)) english.set(zh, en || zh)
  const zh = [...english.keys()].sort()
  return { zh, en: zh.map((name) => english.get(name)!) }
}

/** Groups candidates into blocks of at least `minMu`, largest first. */
export function assembleBlocks(
  candidates: readonly BlockCandidate[],
  pairs: readonly (readonly [number, number])[],
  minMu: number,
): Block[] {
  const roots = connectedComponents(
    candidates.map((c) => c.id),
    pairs,
  )
  const groups = new Map<number, BlockCandidate[]>()
  for (const candidate of candidates) {
    const root = roots.get(candidate.id)!
    groups.set(root, [...(groups.get(root) ?? []), candidate])
  }
  const blocks: Block[] = []
  for (const members of groups.values()) {
    const totalMu = members.reduce((sum, m) => sum + m.areaMu, 0)
    if (totalMu < minMu) continue
    const sorted = [...members].sort((a, b) => a.code.localeCompare(b.code))
    const regions = namesOf(members.map((m) => [m.regionName, m.regionNameEn]))
    const parks = namesOf(members.map((m) => [m.parkName, m.parkNameEn]))
    blocks.push({
      id: `B-${sorted[0]!.code}`,
      parcelIds: sorted.map((m) => m.id),
      parcelCodes: sorted.map((m) => m.code),
      totalMu,
      regions: regions.zh,
      parks: parks.zh,
      regionsEn: regions.en,
      parksEn: parks.en,
      netLandThroughout: members.every((m) => m.isNetLand),
      terms: blockTerms(members),
      sellWhole: totalMu >= SELL_WHOLE_MU,
    })
  }
  return blocks.sort((a, b) => b.totalMu - a.totalMu || a.id.localeCompare(b.id))
}
