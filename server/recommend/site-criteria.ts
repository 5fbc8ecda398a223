/** The enums of a 智寻址 profile. No imports: the web's wizard reads the same lists. */

/** What 智寻址 weighs; each scores 0–1 with its raw value beside it. */
export const siteCriteria = [
  'area_fit',
  'shape',
  'price',
  'port',
  'rail_station',
  'interchange',
  'airport',
  'readiness',
  'park_fit',
  'chain',
  'preference',
] as const
export type SiteCriterion = (typeof siteCriteria)[number]

export const transportKinds = ['port', 'rail_station', 'interchange', 'airport'] as const
export type TransportKind = (typeof transportKinds)[number]

export const pollutionClasses = ['none', 'light', 'moderate', 'heavy'] as const
export type PollutionClass = (typeof pollutionClasses)[number]
