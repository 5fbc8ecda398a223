/**
 * Pure scoring of 智寻址 sites: every criterion scores 0–1 beside its raw value, and the total is their weighted
 * mean on 0–100. Distances and prices score h / (h + x): full at zero, half at the "half-score" h, which is the
 * profile's own limit when it gives one.
 */
import { daysBetween } from '../projects/project-rules.js'
import type { Site } from './site-candidates.js'
import type { SiteCriterion, TransportKind } from './site-criteria.js'
import type { SiteProfile } from './site-profile.js'

export interface ChainFirm {
  role: 'same' | 'upstream' | 'downstream'
  lon: number
  lat: number
}

export interface ScoreContext {
  profile: SiteProfile
  /** The chain key of the profile's segment: park fit compares it with the park's industries. */
  chainKey: string | null
  firms: readonly ChainFirm[]
  today: string
}

export interface SiteShape {
  widthM: number | null
  lengthM: number | null
  compactness: number | null
}

export interface CriterionScore {
  criterion: SiteCriterion
  score: number
  weight: number
  value: number | string | null
  detail?: Record<string, number | null>
}

const DEFAULT_PRICE_HALF = 50 // 万元/亩: typical industrial land in the region
const transportHalfKm: Readonly<Record<TransportKind, number>> = {
  port: 20,
  rail_station: 10,
  interchange: 5,
  airport: 40,
}
const CHAIN_HALF_KM = 5
/** A square's 4πA/P²: the most compact rectangle scores 1. */
const SQUARE_COMPACTNESS = Math.PI / 4
const READY_SOON_DAYS = 183
const UTILITY_COUNT = 8
const EARTH_RADIUS_KM = 6371.0088

const half = (x: number | null, h: number) => (x === null ? 0 : h / (h + Math.max(0, x)))
const round = (v: number, digits = 3) => Math.round(v * 10 ** digits) / 10 ** digits

function weighted(site: Site, value: (m: Site['members'][number]) => number | null): number | null {
  const known = site.members.filter((m) => value(m) !== null)
  if (known.length === 0) return null
  const mu = known.reduce((sum, m) => sum + m.areaMu, 0)
  return known.reduce((sum, m) => sum + value(m)! * m.areaMu, 0) / mu
}

function siteCentre(site: Site): [number, number] {
  return [weighted(site, (m) => m.lon)!, weighted(site, (m) => m.lat)!]
}

/** Great-circle km on the mean sphere: within 0.5 % of the ellipsoid, far below what proximity scoring resolves. */
export function sphereKm([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}

function readiness(site: Site, today: string): CriterionScore {
  const timing = (m: Site['members'][number]) => {
    const days = m.availableFrom
      ? Math.max(0, daysBetween(today, m.availableFrom))
      : m.status === 'available'
        ? 0
        : null
    return {
      days,
      score: days === null ? 0 : days === 0 && m.status === 'available' ? 1 : days <= READY_SOON_DAYS ? 0.5 : 0,
    }
  }
  const score = weighted(
    site,
    (m) =>
      0.4 * (m.netLand ? 1 : 0) +
      (0.3 * Math.min(m.utilityCount, UTILITY_COUNT)) / UTILITY_COUNT +
      0.3 * timing(m).score,
  )!
  const days = site.members.map((m) => timing(m).days)
  return {
    criterion: 'readiness',
    score,
    weight: 0,
    value: days.includes(null) ? null : Math.max(...(days as number[])),
  }
}

const firmsByRole = new WeakMap<readonly ChainFirm[], Map<ChainFirm['role'], [number, number][]>>()

/** The firms grouped by role once per request: every site is measured against the same few hundred. */
function rolesOf(firms: readonly ChainFirm[]) {
  let roles = firmsByRole.get(firms)
  if (!roles) {
    roles = new Map()
    for (const f of firms) roles.set(f.role, [...(roles.get(f.role) ?? []), [f.lon, f.lat]])
    firmsByRole.set(firms, roles)
  }
  return roles
}

function chainProximity(site: Site, ctx: ScoreContext): CriterionScore {
  const centre = siteCentre(site)
  const roles = rolesOf(ctx.firms)
  // The nearest by a flat approximation (no trigonometry per firm), then its great-circle distance.
  const squash = Math.cos((centre[1] * Math.PI) / 180) ** 2
  const nearest = (role: ChainFirm['role']) => {
    const points = roles.get(role)
    if (!points) return null
    let best = points[0]!
    let bestD2 = Infinity
    for (const point of points) {
      const d2 = (point[0] - centre[0]) ** 2 * squash + (point[1] - centre[1]) ** 2
      if (d2 < bestD2) [best, bestD2] = [point, d2]
    }
    return round(sphereKm(centre, best), 2)
  }
  const detail = { same_km: nearest('same'), upstream_km: nearest('upstream'), downstream_km: nearest('downstream') }
  const present = Object.values(detail).filter((km): km is number => km !== null)
  const score =
    present.length === 0 ? 0 : present.reduce((sum, km) => sum + half(km, CHAIN_HALF_KM), 0) / present.length
  return { criterion: 'chain', score, weight: 0, value: detail.same_km, detail }
}

/** The park holding most of the site's area. */
function mainPark(site: Site): Site['members'][number] {
  return [...site.members].sort((a, b) => b.areaMu - a.areaMu || a.id - b.id)[0]!
}

function preference(site: Site, profile: SiteProfile): CriterionScore {
  const main = mainPark(site)
  const inPark = main.parkId !== null && (profile.parks ?? []).includes(main.parkId)
  const inRegion = main.regionId !== null && (profile.regions ?? []).includes(main.regionId)
  const score = inPark ? 1 : inRegion ? (profile.parks?.length ? 0.5 : 1) : 0
  return { criterion: 'preference', score, weight: 0, value: inPark ? 'park' : inRegion ? 'region' : null }
}

function transport(site: Site, profile: SiteProfile): CriterionScore[] {
  return (['port', 'rail_station', 'interchange', 'airport'] as const).map((kind) => {
    const kms = site.members.map((m) => m.km[kind]).filter((km): km is number => km !== null)
    const km = kms.length > 0 ? Math.min(...kms) : null
    return {
      criterion: kind,
      score: half(km, profile.max_km?.[kind] ?? transportHalfKm[kind]),
      weight: 0,
      value: km === null ? null : round(km, 2),
    }
  })
}

/** `shape` null: not yet measured (an assembled set before hydration) — scored 1, an upper bound. */
export function scoreSite(
  site: Site,
  shape: SiteShape | null,
  ctx: ScoreContext,
): { score: number; criteria: CriterionScore[] } {
  const { profile } = ctx
  const price = weighted(site, (m) => m.price)
  const park = mainPark(site)
  const compactness = shape ? shape.compactness : null
  const applicable: Record<SiteCriterion, boolean> = {
    area_fit: true,
    shape: true,
    price: true,
    port: true,
    rail_station: true,
    interchange: true,
    airport: true,
    readiness: true,
    park_fit: ctx.chainKey !== null,
    chain: ctx.chainKey !== null,
    preference: Boolean(profile.regions?.length || profile.parks?.length),
  }
  const all: CriterionScore[] = [
    { criterion: 'area_fit', score: profile.min_mu / site.totalMu, weight: 0, value: round(site.totalMu, 2) },
    {
      criterion: 'shape',
      score: shape ? Math.min(1, (compactness ?? 0) / SQUARE_COMPACTNESS) : 1,
      weight: 0,
      value: compactness,
      detail: { width_m: shape?.widthM ?? null, length_m: shape?.lengthM ?? null },
    },
    {
      criterion: 'price',
      score: half(price, profile.max_price ?? DEFAULT_PRICE_HALF),
      weight: 0,
      value: price === null ? null : round(price, 1),
    },
    ...transport(site, profile),
    readiness(site, ctx.today),
    {
      criterion: 'park_fit',
      score: ctx.chainKey && park.parkIndustries.includes(ctx.chainKey) ? 1 : 0,
      weight: 0,
      value: park.parkIndustries.join(',') || null,
    },
    chainProximity(site, ctx),
    preference(site, profile),
  ]
  const criteria = all
    .filter((c) => applicable[c.criterion])
    .map((c) => ({ ...c, weight: profile.weights[c.criterion] }))
  const weightSum = criteria.reduce((sum, c) => sum + c.weight, 0)
  const total =
    weightSum === 0 ? 0 : (100 * criteria.reduce((sum, c) => sum + c.weight * Math.min(1, c.score), 0)) / weightSum
  return { score: round(total, 2), criteria: criteria.map((c) => ({ ...c, score: round(Math.min(1, c.score)) })) }
}
