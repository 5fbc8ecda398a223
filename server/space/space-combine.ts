import type { SpaceProfile } from './space-profile.js'
import { hasCrane, type SpaceUnit, totalArea, totalPower } from './space-rules.js'

/** How the units of an option lie: one unit, several on one floor, several floors of one building. */
export const arrangements = ['single', 'same_floor', 'same_building'] as const
export type Arrangement = (typeof arrangements)[number]

export interface SpaceOption {
  units: SpaceUnit[]
  arrangement: Arrangement
  totalM2: number
}

/** Enumerations stay small: the largest units of a floor or building, up to this many taken together. */
const MAX_UNITS_PER_FLOOR = 12
const MAX_UNITS_PER_BUILDING = 16
const MAX_TAKEN = { same_floor: 4, same_building: 3 } as const

const fitsNeed = (units: readonly SpaceUnit[], profile: SpaceProfile) => {
  const area = totalArea(units)
  return (
    area >= profile.min_m2 &&
    area <= profile.max_m2 &&
    hasCrane(units, profile) &&
    (profile.min_power_kva === undefined || totalPower(units) >= profile.min_power_kva)
  )
}

/** Subsets of 2…`most` units, fewest first; the first size that fits any wins, and within it the least area. */
function bestSubset(units: readonly SpaceUnit[], most: number, profile: SpaceProfile): SpaceUnit[] | null {
  for (let size = 2; size <= Math.min(most, units.length); size++) {
    let best: SpaceUnit[] | null = null
    const walk = (start: number, taken: SpaceUnit[]) => {
      if (taken.length === size) {
        if (fitsNeed(taken, profile) && (!best || totalArea(taken) < totalArea(best))) best = [...taken]
        return
      }
      for (let i = start; i < units.length; i++) walk(i + 1, [...taken, units[i]!])
    }
    walk(0, [])
    if (best) return best
  }
  return null
}

const largest = (units: readonly SpaceUnit[], count: number) =>
  [...units].sort((a, b) => b.areaM2 - a.areaM2 || a.id - b.id).slice(0, count)

function groupBy<K>(units: readonly SpaceUnit[], key: (u: SpaceUnit) => K): Map<K, SpaceUnit[]> {
  const groups = new Map<K, SpaceUnit[]>()
  for (const unit of units) groups.set(key(unit), [...(groups.get(key(unit)) ?? []), unit])
  return groups
}

/** Combinations within one building: the best on each floor, else the best across its floors. */
function buildingOptions(units: readonly SpaceUnit[], profile: SpaceProfile): SpaceOption[] {
  const partial = units.filter((u) => u.areaM2 < profile.min_m2)
  const options: SpaceOption[] = []
  for (const floorUnits of groupBy(partial, (u) => u.floor).values()) {
    const subset = bestSubset(largest(floorUnits, MAX_UNITS_PER_FLOOR), MAX_TAKEN.same_floor, profile)
    if (subset) options.push({ units: subset, arrangement: 'same_floor', totalM2: totalArea(subset) })
  }
  if (options.length > 0) return options
  const subset = bestSubset(largest(partial, MAX_UNITS_PER_BUILDING), MAX_TAKEN.same_building, profile)
  return subset ? [{ units: subset, arrangement: 'same_building', totalM2: totalArea(subset) }] : []
}

/** Every way the eligible units answer the need: single units that fit, and combinations within a building. */
export function spaceOptions(eligible: readonly SpaceUnit[], profile: SpaceProfile): SpaceOption[] {
  const singles = eligible
    .filter((u) => fitsNeed([u], profile))
    .map((u): SpaceOption => ({ units: [u], arrangement: 'single', totalM2: u.areaM2 }))
  const combined = [...groupBy(eligible, (u) => u.buildingId).values()].flatMap((units) =>
    buildingOptions(units, profile),
  )
  return [...singles, ...combined]
}
