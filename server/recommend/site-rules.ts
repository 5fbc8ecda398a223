/**
 * Pure hard constraints of 智寻址: a parcel either may be offered for a profile or is rejected with the constraint
 * that failed, its value and the limit ("why not this one").
 */
import type { ZoneKind } from '../infra/infra.table.js'
import type { PollutionClass, TransportKind } from './site-criteria.js'
import type { SiteProfile } from './site-profile.js'

export interface ParcelFacts {
  id: number
  code: string
  areaMu: number
  regionId: number | null
  parkId: number | null
  parkIndustries: readonly string[]
  landUseCode: string
  status: string
  availableFrom: string | null
  price: number | null
  netLand: boolean
  standardLand: boolean
  stdInvestIntensity: number | null
  /** How many of 七通一平's eight are in place. */
  utilityCount: number
  km: Record<TransportKind, number | null>
  zoneM: Record<ZoneKind, number | null>
  widthM: number | null
  lengthM: number | null
  compactness: number | null
  lon: number
  lat: number
}

export type RejectCode =
  | 'land_use'
  | 'land_class'
  | 'price'
  | 'too_far'
  | 'not_net_land'
  | 'not_standard_land'
  | 'zone_buffer'
  | 'too_large'
  | 'too_small'
  | 'sell_whole'
  | 'block_member'
  | 'intensity'
  | 'footprint'
  | 'not_on_offer'

export interface Rejection {
  code: RejectCode
  /** The parcel's (or site's) value and the profile's limit, in the constraint's unit. */
  value: number | string | null
  limit: number | string | null
  /** Which distance or zone kind, or which parcel of a block, the constraint is about. */
  about?: string
}

/**
 * Metres kept from each kind of sensitive zone by pollution class (0: only not inside it). After the usual
 * 卫生防护距离 practice; a site in a water-source protection area or on a red line is never offered.
 */
export const zoneBuffersM: Readonly<Record<PollutionClass, Record<ZoneKind, number>>> = {
  none: { water_source: 0, residential: 0, ecological: 0 },
  light: { water_source: 500, residential: 100, ecological: 200 },
  moderate: { water_source: 1000, residential: 300, ecological: 500 },
  heavy: { water_source: 3000, residential: 800, ecological: 1000 },
}

/** 用地用海分类: 二类工业 tolerates moderate nuisance, only 三类工业 heavy; 一类 is for clean industry. */
const landClassesFor: Readonly<Record<PollutionClass, readonly string[] | null>> = {
  none: null,
  light: null,
  moderate: ['100102', '100103'],
  heavy: ['100103'],
}

const OFFERED = ['available', 'reserve']

const transportKinds = ['port', 'rail_station', 'interchange', 'airport'] as const
const zoneKinds = ['water_source', 'residential', 'ecological'] as const

/**
 * The profile's constraints compiled once into a check for one parcel: every constraint that fails, in a fixed
 * order; empty when it may be offered. Runs for every parcel on offer, so it allocates only on failure.
 */
export function parcelChecker(profile: SiteProfile): (facts: ParcelFacts) => Rejection[] {
  const classes = landClassesFor[profile.pollution]
  const limits = transportKinds.flatMap((kind) =>
    profile.max_km?.[kind] === undefined ? [] : [[kind, profile.max_km[kind]!] as const],
  )
  const buffers = zoneKinds.map((kind) => [kind, zoneBuffersM[profile.pollution][kind]] as const)
  return (facts) => {
    if (!OFFERED.includes(facts.status)) return [{ code: 'not_on_offer', value: facts.status, limit: null }]
    const failures: Rejection[] = []
    if (profile.land_use && !facts.landUseCode.startsWith(profile.land_use))
      failures.push({ code: 'land_use', value: facts.landUseCode, limit: profile.land_use })
    if (classes && !classes.includes(facts.landUseCode))
      failures.push({ code: 'land_class', value: facts.landUseCode, limit: classes.join(',') })
    if (profile.max_price !== undefined && (facts.price === null || facts.price > profile.max_price))
      failures.push({ code: 'price', value: facts.price, limit: profile.max_price })
    for (const [kind, limit] of limits) {
      const km = facts.km[kind]
      if (km === null || km > limit) failures.push({ code: 'too_far', value: km, limit, about: kind })
    }
    if (profile.net_land && !facts.netLand) failures.push({ code: 'not_net_land', value: null, limit: null })
    if (profile.standard_land && !facts.standardLand)
      failures.push({ code: 'not_standard_land', value: null, limit: null })
    for (const [kind, buffer] of buffers) {
      const metres = facts.zoneM[kind]
      if (metres !== null && (buffer === 0 ? metres <= 0 : metres < buffer))
        failures.push({ code: 'zone_buffer', value: metres, limit: buffer, about: kind })
    }
    return failures
  }
}

const round1 = (v: number) => Math.round(v * 10) / 10

/** 标准地 sets a minimum investment per mu; the site's strictest member decides. */
export function checkIntensity(
  members: readonly ParcelFacts[],
  totalMu: number,
  profile: SiteProfile,
): Rejection | null {
  if (profile.planned_investment_wan === undefined) return null
  const required = Math.max(0, ...members.filter((m) => m.standardLand).map((m) => m.stdInvestIntensity ?? 0))
  const actual = profile.planned_investment_wan / totalMu
  return required > 0 && actual < required ? { code: 'intensity', value: round1(actual), limit: required } : null
}

/** The minimum rotated rectangle must hold the footprint: necessary, confirmed on the outline for the sites shown. */
export function envelopeHolds(widthM: number | null, lengthM: number | null, profile: SiteProfile): boolean {
  if (!profile.footprint) return true
  if (widthM === null || lengthM === null) return false
  const [w, l] = [profile.footprint.width_m, profile.footprint.length_m].sort((a, b) => a - b) as [number, number]
  return widthM >= w && lengthM >= l
}

export const footprintRejection = (widthM: number | null, lengthM: number | null, profile: SiteProfile): Rejection => ({
  code: 'footprint',
  value: widthM === null ? null : `${widthM}×${lengthM}`,
  limit: `${profile.footprint!.width_m}×${profile.footprint!.length_m}`,
})
