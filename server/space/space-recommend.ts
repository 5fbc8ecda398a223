/**
 * 智寻址 for space, the pure core: units on offer → rules per unit → single units and combinations in one building →
 * scores → the best first, and for every unit left out the reasons why.
 */
import { type SpaceOption, spaceOptions } from './space-combine.js'
import type { SpaceProfile } from './space-profile.js'
import { hasCrane, type SpaceRejection, type SpaceUnit, unitRejections } from './space-rules.js'
import { scoreOption } from './space-score.js'

const EXAMPLES = 10

export type RankedOption = SpaceOption & ReturnType<typeof scoreOption>

/** Why an eligible unit is in no option: too small with nothing to join it, or short of crane or power alone. */
function leftOutReasons(unit: SpaceUnit, profile: SpaceProfile): SpaceRejection[] {
  if (unit.areaM2 < profile.min_m2) return [{ code: 'too_small', value: unit.areaM2, limit: profile.min_m2 }]
  if (!hasCrane([unit], profile)) return [{ code: 'crane', value: unit.craneT, limit: profile.min_crane_t ?? null }]
  return [{ code: 'power', value: unit.powerKva, limit: profile.min_power_kva ?? null }]
}

const byRank = (a: RankedOption, b: RankedOption) =>
  b.score - a.score || a.totalM2 - b.totalM2 || a.units[0]!.id - b.units[0]!.id

export function recommendSpace(units: readonly SpaceUnit[], profile: SpaceProfile, today: string) {
  const reasons = new Map<number, SpaceRejection[]>()
  const eligible: SpaceUnit[] = []
  for (const unit of units) {
    const found = unitRejections(unit, profile)
    if (found.length > 0) reasons.set(unit.id, found)
    else eligible.push(unit)
  }
  const ranked = spaceOptions(eligible, profile)
    .map((option) => ({ ...option, ...scoreOption(option, profile, today) }))
    .sort(byRank)
  const shown = new Set(ranked.slice(0, profile.limit).flatMap((o) => o.units.map((u) => u.id)))
  ranked.forEach((option, index) => {
    for (const unit of option.units)
      if (!shown.has(unit.id) && !reasons.has(unit.id))
        reasons.set(unit.id, [{ code: 'outranked', value: index + 1, limit: profile.limit }])
  })
  for (const unit of eligible)
    if (!shown.has(unit.id) && !reasons.has(unit.id)) reasons.set(unit.id, leftOutReasons(unit, profile))
  return {
    considered: units.length,
    options_found: ranked.length,
    candidates: ranked.slice(0, profile.limit),
    rejected: rejectedSummary(units, reasons),
    why_not: whyNot(profile.explain ?? [], ranked.slice(0, profile.limit), reasons),
  }
}

function rejectedSummary(units: readonly SpaceUnit[], reasons: ReadonlyMap<number, SpaceRejection[]>) {
  const counts: Record<string, number> = {}
  for (const found of reasons.values()) for (const r of found) counts[r.code] = (counts[r.code] ?? 0) + 1
  const examples = units
    .filter((u) => reasons.has(u.id))
    .slice(0, EXAMPLES)
    .map((u) => ({
      unit_id: u.id,
      code: u.code,
      building_code: u.buildingCode,
      area_m2: u.areaM2,
      reasons: reasons.get(u.id)!,
    }))
  return { counts, examples }
}

function whyNot(
  ids: readonly number[],
  shown: readonly RankedOption[],
  reasons: ReadonlyMap<number, SpaceRejection[]>,
) {
  const candidate = new Set(shown.flatMap((o) => o.units.map((u) => u.id)))
  return ids.map((id) => ({
    unit_id: id,
    candidate: candidate.has(id),
    reasons: candidate.has(id) ? [] : (reasons.get(id) ?? [{ code: 'not_offered' as const, value: null, limit: null }]),
  }))
}
