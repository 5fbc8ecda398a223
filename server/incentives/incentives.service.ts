import type { DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { estimateIncentives, type Profile } from './incentive-rule.js'
import { placeChain, publishedRules } from './incentives.repo.js'

export interface PlacedProfile extends Profile {
  place?: string
  at?: [number, number]
}

/**
 * 智查策 for a place: the policies of the place asked for (or holding the site) and of every place above it, never
 * another place's. Without a place, every published policy, each naming its place.
 */
export async function estimateForPlace(db: DbOrTrx, { place, at, ...profile }: PlacedProfile) {
  const rules = await publishedRules(db)
  if (place === undefined && at === undefined)
    return { place: null, policies_for_place: rules.length > 0, ...estimateIncentives(rules, profile) }
  const chain = await placeChain(db, place !== undefined ? { code: place } : { at: at! })
  if (place !== undefined && chain.length === 0) throw new ApiError('invalid_value', `place: no jurisdiction ${place}`)
  const codes = new Set(chain.map((c) => c.code))
  const scoped = rules.filter((r) => r.place_code !== null && codes.has(r.place_code))
  return { place: chain[0] ?? null, policies_for_place: scoped.length > 0, ...estimateIncentives(scoped, profile) }
}
