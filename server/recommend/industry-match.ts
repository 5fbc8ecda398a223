/**
 * Pure 智选产: which chain segments fit a site, each score explained. SQL gathers the site and what is near it;
 * this file only weighs.
 */
import type { ChainTier } from '../chains/chains.table.js'

export interface MatchSite {
  parkIndustries: readonly string[]
  kmPort: number | null
  kmInterchange: number | null
}

export interface MatchSegment {
  segmentId: number
  segmentKey: string
  name: string
  name_en: string
  tier: ChainTier
  chainId: number
  chainKey: string
  chainName: string
  chainName_en: string
  /** Existing firms of this segment within the radius, and of the segments it buys from and sells to. */
  sameNearby: number
  linkedNearby: number
  /** Local firms of this segment in the whole region (its strength) and the gap threshold. */
  strength: number
  gapThreshold: number
}

export interface MatchReason {
  criterion: 'park_fit' | 'cluster' | 'supply_chain' | 'gap' | 'transport'
  score: number
  weight: number
  value: number | string | null
}

/** What each criterion weighs; transport counts only for chains whose goods move by sea or by road in bulk. */
export const matchWeights = { park_fit: 0.3, cluster: 0.2, supply_chain: 0.2, gap: 0.15, transport: 0.15 } as const
const transportNeed: Record<string, 'port' | 'interchange'> = {
  wind_port: 'port',
  new_materials: 'port',
  nev_parts: 'interchange',
}
const NEARBY_FULL = 5

/** 1 within 5 km, falling linearly to 0 at 30 km. */
const closeness = (km: number | null) => (km === null ? 0 : Math.max(0, Math.min(1, (30 - km) / 25)))
const round = (v: number) => Math.round(v * 1000) / 1000

export function scoreSegment(site: MatchSite, s: MatchSegment): { score: number; reasons: MatchReason[] } {
  const need = transportNeed[s.chainKey]
  const km = need === 'port' ? site.kmPort : need === 'interchange' ? site.kmInterchange : null
  const reasons: MatchReason[] = [
    {
      criterion: 'park_fit',
      score: site.parkIndustries.includes(s.chainKey) ? 1 : 0,
      weight: matchWeights.park_fit,
      value: site.parkIndustries.join(',') || null,
    },
    {
      criterion: 'cluster',
      score: Math.min(s.sameNearby, NEARBY_FULL) / NEARBY_FULL,
      weight: matchWeights.cluster,
      value: s.sameNearby,
    },
    {
      criterion: 'supply_chain',
      score: Math.min(s.linkedNearby, NEARBY_FULL) / NEARBY_FULL,
      weight: matchWeights.supply_chain,
      value: s.linkedNearby,
    },
    { criterion: 'gap', score: s.strength < s.gapThreshold ? 1 : 0, weight: matchWeights.gap, value: s.strength },
    {
      criterion: 'transport',
      score: need ? closeness(km) : 0,
      weight: need ? matchWeights.transport : 0,
      value: need && km !== null ? round(km) : null,
    },
  ]
  const weightSum = reasons.reduce((sum, r) => sum + r.weight, 0)
  const score = reasons.reduce((sum, r) => sum + r.score * r.weight, 0) / weightSum
  return { score: round(score), reasons: reasons.map((r) => ({ ...r, score: round(r.score) })) }
}

export function rankSegments(site: MatchSite, segments: readonly MatchSegment[], limit = 10) {
  return segments
    .map((s) => ({ ...s, ...scoreSegment(site, s) }))
    .sort((a, b) => b.score - a.score || a.segmentId - b.segmentId)
    .slice(0, limit)
}
