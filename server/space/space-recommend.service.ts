import type { DbOrTrx } from '../db/database.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import type { PublicUnit } from './space.schema.js'
import type { SpaceProfile } from './space-profile.js'
import { type RankedOption, recommendSpace } from './space-recommend.js'
import { offeredUnits, presentUnits } from './space-recommend.repo.js'
import { meanRent } from './space-score.js'

export interface SpaceRecommendInput {
  db: DbOrTrx
  audience: ParcelAudience
  profile: SpaceProfile
  today: string
}

/** Skeleton (the units on offer) → pure rules and ranking → hydrate what is shown → present. */
export async function recommendSpaceFor(input: SpaceRecommendInput) {
  const result = recommendSpace(await offeredUnits(input.db, input.audience), input.profile, input.today)
  const shown = await presentUnits(
    input.db,
    result.candidates.flatMap((c) => c.units.map((u) => u.id)),
    input.audience,
  )
  return {
    need: 'space' as const,
    profile: input.profile,
    considered: result.considered,
    options_found: result.options_found,
    candidates: result.candidates.map((option, index) => presentOption(option, index, shown)),
    rejected: result.rejected,
    why_not: result.why_not,
  }
}

function presentOption(option: RankedOption, index: number, shown: ReadonlyMap<number, PublicUnit>) {
  const units = option.units.map((u) => shown.get(u.id)!)
  const first = units[0]!
  const rent = meanRent(option)
  return {
    rank: index + 1,
    score: option.score,
    arrangement: option.arrangement,
    unit_ids: units.map((u) => u.id),
    unit_codes: units.map((u) => u.code),
    building_id: first.building_id,
    building_code: first.building_code,
    building_name: first.building_name,
    building_name_en: first.building_name_en,
    kind: first.kind,
    region_id: first.region_id,
    region_name: first.region_name,
    region_name_en: first.region_name_en,
    park_id: first.park_id,
    park_name: first.park_name,
    park_name_en: first.park_name_en,
    floors: [...new Set(units.map((u) => u.floor))].sort((a, b) => a - b),
    total_m2: Math.round(option.totalM2 * 10) / 10,
    rent_yuan_m2_month: rent,
    monthly_rent_yuan: rent === null ? null : Math.round(rent * option.totalM2),
    centre: first.centre,
    units,
    criteria: option.criteria,
  }
}
