/**
 * The parcel fields an import's columns may be mapped onto, and the units a declared area may be in. No imports:
 * the web's mapping table reads the same lists.
 */
export const mappableFields = [
  'code',
  'location_desc',
  'land_use_code',
  'land_use_name',
  'area',
  'start_price',
  'status',
  'far_max',
  'far_min',
  'building_density_max',
  'green_ratio_max',
  'height_limit_m',
  'tenure_years',
  'available_from',
  'is_net_land',
  'is_standard_land',
  'district',
  'park',
  'town',
  'contact',
  'x',
  'y',
] as const
export type MappableField = (typeof mappableFields)[number]

export const areaUnits = ['mu', 'm2', 'ha'] as const
export type AreaUnit = (typeof areaUnits)[number]
