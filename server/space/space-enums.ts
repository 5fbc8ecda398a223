/** The enums of buildings and their units. No imports: the web reads the same lists. */

/** 载体 kinds: 标准厂房, 小微园, 商务楼宇, 孵化器, 仓储, 特色小镇 (an area, not one building). */
export const buildingKinds = [
  'standard_factory',
  'small_firm_park',
  'office',
  'incubator',
  'warehouse',
  'town',
] as const
export type BuildingKind = (typeof buildingKinds)[number]

/** A unit is vacant (offered), reserved (by a project in talks or signed) or let/sold. */
export const unitStatuses = ['vacant', 'reserved', 'let'] as const
export type UnitStatus = (typeof unitStatuses)[number]

export const fitOuts = ['bare', 'basic', 'fitted'] as const
export type FitOut = (typeof fitOuts)[number]

/** Orders a unit list may be sorted by: column names, never request text. */
export const unitSorts = ['area_m2', 'rent', 'floor_load', 'clear_height', 'power', 'available_from', 'floor'] as const
export type UnitSort = (typeof unitSorts)[number]

/** One tonne per square metre in kN/㎡ (g = 9.80665): investors say "5 t", drawings say "50 kN". */
export const KN_PER_TONNE_M2 = 9.80665
