/**
 * Pure: from the parcels on offer, their adjacency and a profile, the sites that may be offered — single parcels,
 * the smallest adjacent sets that reach the need, and sell-whole blocks whole — and for every other parcel why not.
 */
import { connectedComponents, SELL_WHOLE_MU } from '../land/block-graph.js'
import { assembleSites, MU_TOLERANCE } from './assemble.js'
import type { SiteProfile } from './site-profile.js'
import {
  checkIntensity,
  envelopeHolds,
  footprintRejection,
  type ParcelFacts,
  parcelChecker,
  type Rejection,
} from './site-rules.js'

export interface Site {
  parcelIds: number[]
  members: ParcelFacts[]
  totalMu: number
  /** A block of 200 mu and more, offered whole as the rules require. */
  wholeBlock: boolean
}

export interface SiteSearch {
  sites: Site[]
  rejected: Map<number, Rejection[]>
}

const fits = (mu: number, profile: SiteProfile) =>
  mu >= profile.min_mu - MU_TOLERANCE && mu <= profile.max_mu + MU_TOLERANCE

type Pair = readonly [number, number]

export interface ParcelGroup {
  members: ParcelFacts[]
  pairs: Pair[]
}

/**
 * Connected groups of the parcels on offer, each with its own pairs, so assembly never scans the whole region's
 * adjacency. Independent of any profile: computed once per state of the land.
 */
export function groupParcels(parcels: readonly ParcelFacts[], pairs: readonly Pair[]): ParcelGroup[] {
  const roots = connectedComponents(
    parcels.map((p) => p.id),
    pairs,
  )
  const groups = new Map<number, ParcelGroup>()
  for (const p of parcels) {
    const root = roots.get(p.id)!
    const group = groups.get(root)
    if (group) group.members.push(p)
    else groups.set(root, { members: [p], pairs: [] })
  }
  for (const pair of pairs)
    if (roots.has(pair[0]) && roots.has(pair[1])) groups.get(roots.get(pair[0])!)!.pairs.push(pair)
  return [...groups.values()]
}

/** A block sold whole is a site only if every parcel of it passes and its total fits the need. */
function wholeBlockSite(
  group: ParcelFacts[],
  failures: Map<number, Rejection[]>,
  profile: SiteProfile,
  rejected: Map<number, Rejection[]>,
): Site | null {
  const total = group.reduce((sum, p) => sum + p.areaMu, 0)
  const failing = group.find((p) => failures.get(p.id)!.length > 0)
  for (const p of group) {
    const own = failures.get(p.id)!
    if (own.length > 0) rejected.set(p.id, own)
    else if (failing)
      rejected.set(p.id, [
        { code: 'block_member', value: failing.code, limit: null, about: failures.get(failing.id)![0]!.code },
      ])
    else if (!fits(total, profile))
      rejected.set(p.id, [{ code: 'sell_whole', value: round2(total), limit: `${profile.min_mu}–${profile.max_mu}` }])
  }
  if (failing || !fits(total, profile)) return null
  return { parcelIds: group.map((p) => p.id).sort((a, b) => a - b), members: group, totalMu: total, wholeBlock: true }
}

/** In a group under 200 mu: each passing parcel that fits alone, and the smallest adjacent set reaching the need. */
function partialSites(
  group: ParcelFacts[],
  pairs: readonly Pair[],
  failures: Map<number, Rejection[]>,
  profile: SiteProfile,
  rejected: Map<number, Rejection[]>,
): Site[] {
  const passing = group.filter((p) => failures.get(p.id)!.length === 0)
  for (const p of group) if (failures.get(p.id)!.length > 0) rejected.set(p.id, failures.get(p.id)!)
  const byId = new Map(passing.map((p) => [p.id, p]))
  const sets = new Map<string, number[]>()
  for (const p of passing) if (fits(p.areaMu, profile)) sets.set(String(p.id), [p.id])
  // Assembly only where parcels below the need could reach it together.
  const small = passing.filter((p) => p.areaMu < profile.min_mu - MU_TOLERANCE)
  if (
    small.length > 0 &&
    passing.length > 1 &&
    passing.reduce((sum, p) => sum + p.areaMu, 0) >= profile.min_mu - MU_TOLERANCE
  ) {
    for (const site of assembleSites(
      passing.map((p) => ({ id: p.id, areaMu: p.areaMu })),
      pairs,
      profile.min_mu,
      profile.max_mu,
    )) {
      sets.set(site.parcelIds.join(','), site.parcelIds)
    }
  }
  const chosen = new Set([...sets.values()].flat())
  for (const p of passing) {
    if (chosen.has(p.id)) continue
    rejected.set(p.id, [
      p.areaMu > profile.max_mu + MU_TOLERANCE
        ? { code: 'too_large', value: round2(p.areaMu), limit: profile.max_mu }
        : { code: 'too_small', value: round2(p.areaMu), limit: profile.min_mu },
    ])
  }
  return [...sets.values()].map((ids) => {
    const members = ids.map((id) => byId.get(id)!)
    return { parcelIds: ids, members, totalMu: members.reduce((sum, p) => sum + p.areaMu, 0), wholeBlock: false }
  })
}

/** Site-level constraints: investment intensity for 标准地, and for one parcel its rectangle against the footprint. */
function siteFailure(site: Site, profile: SiteProfile): Rejection | null {
  const intensity = checkIntensity(site.members, site.totalMu, profile)
  if (intensity) return intensity
  const only = site.members.length === 1 ? site.members[0]! : null
  if (only && !envelopeHolds(only.widthM, only.lengthM, profile))
    return footprintRejection(only.widthM, only.lengthM, profile)
  return null
}

export function searchSites(groups: readonly ParcelGroup[], profile: SiteProfile): SiteSearch {
  const check = parcelChecker(profile)
  const failures = new Map<number, Rejection[]>()
  for (const group of groups) for (const p of group.members) failures.set(p.id, check(p))
  const rejected = new Map<number, Rejection[]>()
  const sites: Site[] = []
  for (const group of groups) {
    const total = group.members.reduce((sum, p) => sum + p.areaMu, 0)
    if (total >= SELL_WHOLE_MU) {
      const site = wholeBlockSite(group.members, failures, profile, rejected)
      if (site) sites.push(site)
    } else sites.push(...partialSites(group.members, group.pairs, failures, profile, rejected))
  }
  const kept: Site[] = []
  for (const site of sites) {
    const failure = siteFailure(site, profile)
    if (!failure) kept.push(site)
    else for (const id of site.parcelIds) if (!rejected.has(id)) rejected.set(id, [failure])
  }
  // A parcel rejected with one site may still be offered in another (alone, or in a set).
  for (const site of kept) for (const id of site.parcelIds) rejected.delete(id)
  return { sites: kept, rejected }
}

const round2 = (v: number) => Math.round(v * 100) / 100
