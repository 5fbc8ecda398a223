import type { Arrangement, SpaceOption } from './space-combine.js'
import type { SpaceProfile } from './space-profile.js'

/** What the space wizard weighs; each scores 0–1 with its raw value beside it. */
export const spaceCriteria = ['area_fit', 'rent', 'readiness', 'contiguity', 'preference'] as const
export type SpaceCriterion = (typeof spaceCriteria)[number]

/** Area fit matters most; rent, one piece of space and the place the firm prefers next; a wait least. */
const weights: Record<SpaceCriterion, number> = { area_fit: 3, rent: 2, readiness: 1, contiguity: 2, preference: 2 }

export interface SpaceCriterionScore {
  criterion: SpaceCriterion
  score: number
  weight: number
  value: number | string | null
}

const clamp = (x: number) => Math.min(1, Math.max(0, x))
const round = (x: number, step: number) => Math.round(x / step) * step

/** Full marks up to 10% over the need, falling to 0.3 at the most the firm would take. */
function areaFit(total: number, profile: SpaceProfile) {
  const snug = profile.min_m2 * 1.1
  if (total <= snug || profile.max_m2 <= snug) return 1
  return 1 - (0.7 * (total - snug)) / (profile.max_m2 - snug)
}

/** The area-weighted rent, 元/㎡/月; null when no unit states one. */
export function meanRent(option: SpaceOption): number | null {
  const priced = option.units.filter((u) => u.rent !== null)
  if (priced.length === 0) return null
  const area = priced.reduce((sum, u) => sum + u.areaM2, 0)
  return round(priced.reduce((sum, u) => sum + u.rent! * u.areaM2, 0) / area, 0.01)
}

/** Against the budget when one is given (0.3 at the budget), else against 150 元/㎡/月, dear for any office here. */
function rentScore(rent: number | null, profile: SpaceProfile) {
  if (rent === null) return 0.5
  return profile.max_rent ? clamp(1 - (0.7 * rent) / profile.max_rent) : clamp(1 - rent / 150)
}

/** The last unit to come free sets when the firm can move in. */
function readiness(option: SpaceOption, today: string): { score: number; value: string | null } {
  const dates = option.units.map((u) => u.availableFrom).filter((d): d is string => d !== null)
  const latest = dates.sort().at(-1) ?? null
  if (latest === null || latest <= today) return { score: 1, value: latest }
  const days = (Date.parse(latest) - Date.parse(today)) / 86_400_000
  return { score: days <= 92 ? 0.7 : 0.4, value: latest }
}

const contiguity: Record<Arrangement, number> = { single: 1, same_floor: 0.7, same_building: 0.4 }

function preference(option: SpaceOption, profile: SpaceProfile): number | null {
  if (!profile.regions?.length && !profile.parks?.length) return null
  const unit = option.units[0]!
  if (unit.parkId !== null && profile.parks?.includes(unit.parkId)) return 1
  return profile.regions?.includes(unit.regionId) ? 0.8 : 0
}

/** Scores an option on each applicable criterion; the total is their weighted mean, 0–100. */
export function scoreOption(option: SpaceOption, profile: SpaceProfile, today: string) {
  const rent = meanRent(option)
  const ready = readiness(option, today)
  const preferred = preference(option, profile)
  const criteria: SpaceCriterionScore[] = [
    { criterion: 'area_fit', score: areaFit(option.totalM2, profile), weight: weights.area_fit, value: option.totalM2 },
    { criterion: 'rent', score: rentScore(rent, profile), weight: weights.rent, value: rent },
    { criterion: 'readiness', score: ready.score, weight: weights.readiness, value: ready.value },
    {
      criterion: 'contiguity',
      score: contiguity[option.arrangement],
      weight: weights.contiguity,
      value: option.arrangement,
    },
  ]
  if (preferred !== null)
    criteria.push({ criterion: 'preference', score: preferred, weight: weights.preference, value: preferred })
  const weight = criteria.reduce((sum, c) => sum + c.weight, 0)
  const score = round((100 * criteria.reduce((sum, c) => sum + c.score * c.weight, 0)) / weight, 0.1)
  return { score, criteria: criteria.map((c) => ({ ...c, score: round(c.score, 0.001) })) }
}
