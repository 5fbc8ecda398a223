import { z } from '@hono/zod-openapi'
import { featureCollectionSchema, lonLatSchema } from '../http/geojson.js'
import { arrangements } from './space-combine.js'
import { buildingKinds, fitOuts, unitStatuses } from './space-enums.js'
import { spaceRejections } from './space-rules.js'
import { spaceCriteria } from './space-score.js'

const m2 = (description: string) => z.number().openapi({ description })

/** Where a building stands: its district, and its park when the audience may see the park. */
const placeShape = {
  region_id: z.number().int(),
  region_name: z.string(),
  region_name_en: z.string(),
  park_id: z.number().int().nullable(),
  park_name: z.string().nullable(),
  park_name_en: z.string().nullable(),
}

/** What investors may see of a building: every published building, with its vacant space summed. */
export const publicBuildingPropertiesSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  name_en: z.string(),
  kind: z.enum(buildingKinds),
  ...placeShape,
  address: z.string(),
  address_en: z.string(),
  floors: z.number().int().nullable(),
  gross_m2: z.number().nullable(),
  year_built: z.number().int().nullable(),
  operator: z.string(),
  operator_en: z.string(),
  contact: z.string().nullable(),
  links: z.array(z.string()),
  tax_over_100m: z.boolean().openapi({ description: '亿元楼宇: the building pays over 1亿元 in tax a year' }),
  is_demo: z.boolean(),
  units_m2: m2('Floor area of all units, ㎡'),
  available_m2: m2('Floor area of vacant units, ㎡'),
  vacant_units: z.number().int(),
  vacancy_rate: z.number().nullable().openapi({ description: 'Vacant share of the units’ floor area, 0–1' }),
  min_rent: z.number().nullable().openapi({ description: 'Lowest rent of a vacant unit, 元/㎡/月' }),
  label_point: lonLatSchema,
})

export const staffBuildingPropertiesSchema = publicBuildingPropertiesSchema.extend({
  published: z.boolean(),
  notes: z.string(),
  reserved_m2: m2('Floor area reserved by projects, ㎡'),
  let_m2: m2('Floor area let or sold, ㎡'),
  version: z.number().int(),
})
export type BuildingProperties = z.infer<typeof publicBuildingPropertiesSchema>

export const buildingPropertiesSchema = z.union([staffBuildingPropertiesSchema, publicBuildingPropertiesSchema])
export const buildingCollectionSchema = featureCollectionSchema('BuildingCollection', buildingPropertiesSchema)
export type BuildingCollection = z.infer<typeof buildingCollectionSchema>

export const publicUnitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  building_id: z.number().int(),
  building_code: z.string(),
  building_name: z.string(),
  building_name_en: z.string(),
  kind: z.enum(buildingKinds),
  ...placeShape,
  floor: z.number().int(),
  area_m2: z.number(),
  clear_height_m: z.number().nullable(),
  floor_load_kn: z.number().nullable().openapi({ description: 'kN/㎡ (1 t/㎡ ≈ 9.8 kN/㎡)' }),
  column_grid: z.string().nullable(),
  crane_t: z.number(),
  power_kva: z.number().int().nullable(),
  has_lift: z.boolean(),
  has_loading_dock: z.boolean(),
  fit_out: z.enum(fitOuts),
  rent_yuan_m2_month: z.number().nullable(),
  sale_yuan_m2: z.number().nullable(),
  available_from: z.string().nullable(),
  status: z.enum(unitStatuses),
  lease_terms: z.string(),
  lease_terms_en: z.string(),
  centre: lonLatSchema,
})
export const staffUnitSchema = publicUnitSchema.extend({
  tenant: z.string().nullable(),
  project_id: z.number().int().nullable(),
  project_name: z.string().nullable(),
  version: z.number().int(),
})
export type PublicUnit = z.infer<typeof publicUnitSchema>
export type StaffUnit = z.infer<typeof staffUnitSchema>

export const unitPageSchema = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    items: z.array(z.union([staffUnitSchema, publicUnitSchema])),
  })
  .openapi('UnitPage')

export const buildingPageSchema = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    items: z.array(buildingPropertiesSchema),
  })
  .openapi('BuildingPage')

export const buildingDetailSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: z.record(z.string(), z.unknown()),
    properties: buildingPropertiesSchema,
    units: z.array(z.union([staffUnitSchema, publicUnitSchema])),
  })
  .openapi('BuildingDetail')
export type BuildingDetail = z.infer<typeof buildingDetailSchema>

const spaceRejection = z.object({
  code: z.enum(spaceRejections),
  value: z.union([z.number(), z.string()]).nullable(),
  limit: z.union([z.number(), z.string()]).nullable(),
})

export const spaceRecommendationSchema = z
  .object({
    need: z.literal('space'),
    profile: z.record(z.string(), z.unknown()),
    considered: z.number().int().openapi({ description: 'Vacant units weighed' }),
    options_found: z.number().int(),
    candidates: z.array(
      z.object({
        rank: z.number().int(),
        score: z.number().openapi({ description: 'Weighted mean of the criteria, 0–100' }),
        arrangement: z.enum(arrangements),
        unit_ids: z.array(z.number().int()),
        unit_codes: z.array(z.string()),
        building_id: z.number().int(),
        building_code: z.string(),
        building_name: z.string(),
        building_name_en: z.string(),
        kind: z.enum(buildingKinds),
        ...placeShape,
        floors: z.array(z.number().int()),
        total_m2: z.number(),
        rent_yuan_m2_month: z.number().nullable().openapi({ description: 'Area-weighted, 元/㎡/月' }),
        monthly_rent_yuan: z.number().nullable(),
        centre: lonLatSchema,
        units: z.array(z.union([staffUnitSchema, publicUnitSchema])),
        criteria: z.array(
          z.object({
            criterion: z.enum(spaceCriteria),
            score: z.number(),
            weight: z.number(),
            value: z.union([z.number(), z.string()]).nullable(),
          }),
        ),
      }),
    ),
    rejected: z.object({
      counts: z.record(z.string(), z.number().int()),
      examples: z.array(
        z.object({
          unit_id: z.number().int(),
          code: z.string(),
          building_code: z.string(),
          area_m2: z.number(),
          reasons: z.array(spaceRejection),
        }),
      ),
    }),
    why_not: z.array(z.object({ unit_id: z.number().int(), candidate: z.boolean(), reasons: z.array(spaceRejection) })),
  })
  .openapi('SpaceRecommendation')
