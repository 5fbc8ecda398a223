import type { ColumnType, Generated } from 'kysely'
import type { GeometryColumn, Numeric, Timestamp, Version } from '../db/columns.js'
import type { BuildingKind, FitOut, UnitStatus } from './space-enums.js'

export interface BuildingsTable {
  id: Generated<number>
  code: string
  name: string
  name_en: Generated<string>
  kind: BuildingKind
  region_id: number
  park_id: number | null
  parcel_id: number | null
  address: Generated<string>
  address_en: Generated<string>
  floors: number | null
  gross_m2: Numeric
  year_built: number | null
  operator: Generated<string>
  operator_en: Generated<string>
  contact: string | null
  links: ColumnType<string[], string[] | undefined, string[]>
  tax_over_100m: Generated<boolean>
  is_demo: Generated<boolean>
  published: Generated<boolean>
  notes: Generated<string>
  geom: GeometryColumn
  version: Version
  created_at: Timestamp
  updated_at: Timestamp
}

export interface BuildingUnitsTable {
  id: Generated<number>
  building_id: number
  code: string
  floor: number
  area_m2: ColumnType<string, number | string, number | string>
  clear_height_m: Numeric
  floor_load_kn: Numeric
  column_grid: string | null
  crane_t: ColumnType<string, number | string | undefined, number | string>
  power_kva: number | null
  has_lift: Generated<boolean>
  has_loading_dock: Generated<boolean>
  fit_out: ColumnType<FitOut, FitOut | undefined, FitOut>
  rent_yuan_m2_month: Numeric
  sale_yuan_m2: Numeric
  available_from: ColumnType<string | null, string | null | undefined, string | null>
  status: ColumnType<UnitStatus, UnitStatus | undefined, UnitStatus>
  lease_terms: Generated<string>
  lease_terms_en: Generated<string>
  tenant: string | null
  project_id: number | null
  version: Version
  created_at: Timestamp
  updated_at: Timestamp
}
