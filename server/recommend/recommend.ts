/**
 * 智寻址 wired: candidates from SQL (parcels on offer, cached adjacency) → pure rules and assembly → ranking, which
 * measures assembled outlines only as far as the top needs → hydrate what is shown → present.
 */
import type { DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { DEFAULT_BLOCK_STATUSES } from '../land/blocks.js'
import { cachedByLandRevision, currentAdjacency } from '../land/blocks-cache.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import { type RankedSite, rankSites } from './rank-sites.js'
import {
  liveClaims,
  measureSites,
  offeredParcels,
  parcelStatuses,
  presentSites,
  type SiteClaim,
  segmentContext,
} from './recommend.repo.js'
import { groupParcels, type ParcelGroup, type Site, searchSites } from './site-candidates.js'
import type { SiteProfile } from './site-profile.js'
import type { ParcelFacts, Rejection } from './site-rules.js'
import type { ScoreContext } from './site-score.js'

export interface RecommendInput {
  db: DbOrTrx
  audience: ParcelAudience
  profile: SiteProfile
  today: string
}

const EXAMPLES = 10

async function scoreContext({ db, profile, today }: RecommendInput): Promise<ScoreContext> {
  if (profile.segment_id === undefined) return { profile, chainKey: null, firms: [], today }
  const chain = await segmentContext(db, profile.segment_id)
  if (!chain) throw new ApiError('invalid_request', `segment_id: no chain segment ${profile.segment_id}`)
  return { profile, chainKey: chain.chainKey, firms: chain.firms, today }
}

function measurer(db: DbOrTrx, profile: SiteProfile) {
  return async (sites: readonly Site[]) => {
    const rows = await measureSites(
      db,
      sites.map((site, index) => ({ site: index, parcelIds: site.parcelIds })),
      profile.footprint,
    )
    return new Map(
      rows.map((r) => [
        sites[r.site]!,
        { shape: { widthM: r.widthM, lengthM: r.lengthM, compactness: r.compactness }, fits: r.fits },
      ]),
    )
  }
}

const mainParcel = (site: Site) => [...site.members].sort((a, b) => b.areaMu - a.areaMu || a.id - b.id)[0]!.id

async function presentCandidates(input: RecommendInput, ranked: readonly RankedSite[]) {
  const shown = await presentSites(
    input.db,
    ranked.map((r, index) => ({ site: index, parcelIds: r.site.parcelIds, mainParcel: mainParcel(r.site) })),
  )
  const bySite = new Map(shown.map((s) => [s.site, s]))
  const claims =
    input.audience === 'staff'
      ? await liveClaims(
          input.db,
          ranked.flatMap((r) => r.site.parcelIds),
        )
      : []
  return ranked.map((r, index) => {
    const view = bySite.get(index)!
    const main = r.site.members.find((m) => m.id === mainParcel(r.site))!
    return {
      rank: index + 1,
      score: r.score,
      parcel_ids: r.site.parcelIds,
      parcel_codes: view.parcelCodes,
      total_mu: Math.round(r.site.totalMu * 100) / 100,
      whole_block: r.site.wholeBlock,
      region_id: main.regionId,
      region: view.regionName,
      region_en: view.regionNameEn,
      park_id: main.parkId,
      park: view.parkName,
      park_en: view.parkNameEn,
      width_m: r.shape.widthM,
      length_m: r.shape.lengthM,
      compactness: r.shape.compactness,
      centre: [main.lon, main.lat],
      geometry: JSON.parse(view.geometry) as unknown,
      criteria: r.criteria,
      ...(input.audience === 'staff'
        ? { claims: claims.filter((c: SiteClaim) => r.site.parcelIds.includes(c.parcel_id)) }
        : {}),
    }
  })
}

function rejectionSummary(
  rejected: Map<number, Rejection[]>,
  areaOf: Map<number, { code: string; areaMu: number }>,
  minMu: number,
) {
  const counts: Record<string, number> = {}
  for (const reasons of rejected.values()) counts[reasons[0]!.code] = (counts[reasons[0]!.code] ?? 0) + 1
  const examples = [...rejected.entries()]
    .map(([id, reasons]) => ({
      parcel_id: id,
      code: areaOf.get(id)!.code,
      area_mu: Math.round(areaOf.get(id)!.areaMu * 100) / 100,
      reasons,
    }))
    .sort(
      (a, b) =>
        a.reasons.length - b.reasons.length ||
        Math.abs(a.area_mu - minMu) - Math.abs(b.area_mu - minMu) ||
        a.parcel_id - b.parcel_id,
    )
    .slice(0, EXAMPLES)
  return { counts, examples }
}

/** "Why not this one" for parcels the user asked about; what the audience may not see is simply not on offer. */
async function whyNot(
  input: RecommendInput,
  rejected: Map<number, Rejection[]>,
  offered: Map<number, { code: string }>,
  chosen: Set<number>,
) {
  const asked = input.profile.explain ?? []
  const others = await parcelStatuses(
    input.db,
    asked.filter((id) => !offered.has(id)),
    input.audience,
  )
  return asked.map((id) => {
    if (chosen.has(id)) return { parcel_id: id, code: offered.get(id)!.code, candidate: true, reasons: [] }
    const reasons = rejected.get(id)
    if (reasons) return { parcel_id: id, code: offered.get(id)!.code, candidate: false, reasons }
    const other = others.get(id)
    if (other)
      return {
        parcel_id: id,
        code: other.code,
        candidate: false,
        reasons: [{ code: 'not_on_offer', value: other.status, limit: null }],
      }
    // On offer and passing, yet below the cut, or invisible/nonexistent: the two are told apart only for what may be seen.
    if (offered.has(id))
      return {
        parcel_id: id,
        code: offered.get(id)!.code,
        candidate: false,
        reasons: [{ code: 'ranked_lower', value: null, limit: input.profile.limit }],
      }
    return {
      parcel_id: id,
      code: null,
      candidate: false,
      reasons: [{ code: 'not_on_offer', value: null, limit: null }],
    }
  })
}

/**
 * The parcels on offer grouped into connected groups: the same for every profile, so gathered and grouped once per
 * state of the land (the revision check is one row) and kept per database handle and audience.
 */
function offeredGroups(
  db: DbOrTrx,
  audience: ParcelAudience,
): Promise<{ parcels: ParcelFacts[]; groups: ParcelGroup[] }> {
  return cachedByLandRevision(db, JSON.stringify(['offered-groups', audience]), async () => {
    const [parcels, pairs] = await Promise.all([
      offeredParcels(db, audience),
      currentAdjacency(db, { statuses: DEFAULT_BLOCK_STATUSES, audience }),
    ])
    return { parcels, groups: groupParcels(parcels, pairs) }
  })
}

export async function recommendSites(input: RecommendInput) {
  const { db, audience, profile } = input
  const [{ parcels, groups }, ctx] = await Promise.all([offeredGroups(db, audience), scoreContext(input)])
  const search = searchSites(groups, profile)
  const { ranked, unfit, measured } = await rankSites(search.sites, ctx, profile.limit, measurer(db, profile))
  for (const site of unfit) {
    for (const id of site.parcelIds)
      if (!search.rejected.has(id))
        search.rejected.set(id, [
          { code: 'footprint', value: null, limit: `${profile.footprint!.width_m}×${profile.footprint!.length_m}` },
        ])
  }
  const offered = new Map(parcels.map((p) => [p.id, { code: p.code, areaMu: p.areaMu }]))
  const inSites = new Set(search.sites.filter((s) => !unfit.includes(s)).flatMap((s) => s.parcelIds))
  for (const id of inSites) search.rejected.delete(id)
  const chosen = new Set(ranked.flatMap((r) => r.site.parcelIds))
  return {
    profile,
    considered: parcels.length,
    sites_found: search.sites.length - unfit.length,
    outlines_measured: measured,
    candidates: await presentCandidates(input, ranked),
    rejected: rejectionSummary(search.rejected, offered, profile.min_mu),
    why_not: await whyNot(input, search.rejected, offered, chosen),
  }
}
