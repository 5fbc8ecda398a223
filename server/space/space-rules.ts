import type { SpaceProfile } from './space-profile.js'

/** A vacant unit as the space wizard weighs it. */
export interface SpaceUnit {
  id: number
  code: string
  buildingId: number
  buildingCode: string
  kind: string
  regionId: number
  parkId: number | null
  floor: number
  areaM2: number
  clearHeightM: number | null
  floorLoadKn: number | null
  craneT: number
  powerKva: number | null
  rent: number | null
  availableFrom: string | null
}

export const spaceRejections = [
  'kind',
  'ground_floor',
  'floor_load',
  'clear_height',
  'crane',
  'rent',
  'power',
  'too_large',
  'too_small',
  'outranked',
  'not_offered',
] as const
export type SpaceRejectionCode = (typeof spaceRejections)[number]

export interface SpaceRejection {
  code: SpaceRejectionCode
  value: number | string | null
  limit: number | string | null
}

/**
 * What one unit must offer by itself, whatever it is combined with: the building's kind, the floor, the floor load,
 * the clear height and the rent. A crane is needed once in a combination, and power is summed over it.
 */
export function unitRejections(unit: SpaceUnit, profile: SpaceProfile): SpaceRejection[] {
  const reasons: SpaceRejection[] = []
  const below = (code: SpaceRejectionCode, value: number | null, limit: number | undefined) => {
    if (limit !== undefined && (value === null || value < limit)) reasons.push({ code, value, limit })
  }
  if (profile.kinds && !profile.kinds.includes(unit.kind as never))
    reasons.push({ code: 'kind', value: unit.kind, limit: profile.kinds.join(',') })
  if (profile.ground_floor && unit.floor !== 1) reasons.push({ code: 'ground_floor', value: unit.floor, limit: 1 })
  below('floor_load', unit.floorLoadKn, profile.min_floor_load)
  below('clear_height', unit.clearHeightM, profile.min_clear_height)
  if (profile.max_rent !== undefined && (unit.rent === null || unit.rent > profile.max_rent))
    reasons.push({ code: 'rent', value: unit.rent, limit: profile.max_rent })
  if (unit.areaM2 > profile.max_m2) reasons.push({ code: 'too_large', value: unit.areaM2, limit: profile.max_m2 })
  return reasons
}

/** A crane is needed once: a combination qualifies when one of its units has it. */
export const hasCrane = (units: readonly SpaceUnit[], profile: SpaceProfile) =>
  profile.min_crane_t === undefined || units.some((u) => u.craneT >= profile.min_crane_t!)

export const totalPower = (units: readonly SpaceUnit[]) => units.reduce((sum, u) => sum + (u.powerKva ?? 0), 0)
export const totalArea = (units: readonly SpaceUnit[]) => units.reduce((sum, u) => sum + u.areaM2, 0)
