/** Pure: the land to offer for a gap segment, nearest to the firms it would supply and buy from first. */
import type { GapLandParcel } from './chain-land.repo.js'

export interface ScoredParcel extends GapLandParcel {
  /** Distance to the nearest supplier plus to the nearest customer (whichever exist), km; null when neither exists. */
  km_score: number | null
}

export interface GapBlock {
  parcel_ids: number[]
  parcel_codes: string[]
  total_mu: number
  km_score: number | null
}

const score = (p: GapLandParcel) =>
  p.km_upstream === null && p.km_downstream === null ? null : (p.km_upstream ?? 0) + (p.km_downstream ?? 0)
const byScore = (a: { km_score: number | null }, b: { km_score: number | null }) =>
  (a.km_score ?? Infinity) - (b.km_score ?? Infinity)

export function rankGapLand(
  parcels: readonly GapLandParcel[],
  blocks: readonly { parcelIds: readonly number[]; totalMu: number }[],
  limit = 20,
) {
  const scored: ScoredParcel[] = parcels
    .map((p) => ({ ...p, km_score: score(p) }))
    .sort((a, b) => byScore(a, b) || b.area_mu - a.area_mu)
  const byId = new Map(scored.map((p) => [p.id, p]))
  const gapBlocks: GapBlock[] = blocks
    .filter((b) => b.parcelIds.length > 1 && b.parcelIds.some((id) => byId.has(id)))
    .map((b) => {
      const members = b.parcelIds.map((id) => byId.get(id)).filter((p): p is ScoredParcel => Boolean(p))
      const scores = members.map((m) => m.km_score).filter((s): s is number => s !== null)
      return {
        parcel_ids: members.map((m) => m.id),
        parcel_codes: members.map((m) => m.code),
        total_mu: Math.round(b.totalMu * 100) / 100,
        km_score: scores.length ? Math.min(...scores) : null,
      }
    })
    .sort((a, b) => byScore(a, b) || b.total_mu - a.total_mu)
  return { parcels: scored.slice(0, limit), blocks: gapBlocks.slice(0, limit) }
}
