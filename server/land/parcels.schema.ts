import { z } from '@hono/zod-openapi'
import { featureCollectionSchema } from '../http/geojson.js'
import { calendarDate } from '../http/params.js'
import { idleCategories, parcelStatuses, utilityKinds } from './parcels.table.js'

export const parcelPropertiesSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  area_mu: z.number().openapi({ description: 'Area from the geometry on the ellipsoid, in mu' }),
  status: z.enum(parcelStatuses),
  land_use: z.string().openapi({ description: 'National land-use classification code' }),
  land_use_name: z.string(),
  park_id: z.number().int().nullable(),
  park_name: z.string().nullable(),
  park_name_en: z.string().nullable(),
  region_id: z.number().int().nullable().openapi({ description: 'The district the parcel lies in' }),
  region_name: z.string().nullable(),
  region_name_en: z.string().nullable(),
  location_desc: z.string(),
  start_price: z.number().nullable().openapi({ description: '起始价, 万元/亩' }),
  tenure_years: z.number().int().nullable(),
  far_min: z.number().nullable(),
  far_max: z.number().nullable(),
  building_density_max: z.number().nullable().openapi({ description: '建筑密度上限, %' }),
  green_ratio_max: z.number().nullable().openapi({ description: '绿地率上限, %' }),
  height_limit_m: z.number().nullable().openapi({ description: '建筑限高, m' }),
  std_invest_intensity: z.number().nullable().openapi({ description: '标准地: 亩均投资强度 (万元/亩) at least' }),
  std_tax_per_mu: z.number().nullable().openapi({ description: '标准地: 亩均税收 (万元/亩) at least' }),
  std_energy_per_output: z.number().nullable().openapi({ description: '标准地: 单位能耗 (吨标煤/万元) at most' }),
  std_environment: z.string().nullable().openapi({ description: '标准地: 环境标准' }),
  utilities: z
    .array(z.enum(utilityKinds))
    .openapi({ description: '七通一平: what the site has of roads, water, power…' }),
  is_net_land: z.boolean(),
  is_standard_land: z.boolean(),
  available_from: z.string().nullable(),
  km_port: z.number().nullable().openapi({ description: 'km on the ellipsoid to the nearest port' }),
  km_rail_station: z.number().nullable(),
  km_interchange: z.number().nullable(),
  km_airport: z.number().nullable(),
  links: z
    .array(z.object({ title: z.string(), url: z.string() }))
    .openapi({ description: 'Photos, announcements, surveys' }),
})

export type ParcelProperties = z.infer<typeof parcelPropertiesSchema>

export const staffParcelPropertiesSchema = parcelPropertiesSchema.extend({
  published: z.boolean().optional().openapi({ description: 'Staff only: whether investors can see the parcel' }),
  idle_category: z.enum(idleCategories).nullable().optional(),
  contact: z.string().nullable().optional(),
  declared_area_mu: z.number().nullable().optional(),
  area_mismatch: z
    .boolean()
    .optional()
    .openapi({ description: 'Staff only: declared area differs from the geometry by more than 5%' }),
  version: z
    .number()
    .int()
    .optional()
    .openapi({ description: 'Staff only: the version an edit must name in If-Match' }),
})

export const parcelFeatureCollectionSchema = featureCollectionSchema('ParcelFeatures', staffParcelPropertiesSchema)
export type ParcelCollection = z.infer<typeof parcelFeatureCollectionSchema>

export const parcelPageSchema = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    items: z.array(staffParcelPropertiesSchema),
    extent: z
      .tuple([z.number(), z.number(), z.number(), z.number()])
      .nullable()
      .openapi({ description: 'West, south, east, north of every parcel the filters select (not the page only)' }),
  })
  .openapi('ParcelPage')
export type ParcelPage = z.infer<typeof parcelPageSchema>

export const parcelFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: z.object({ type: z.string(), coordinates: z.array(z.any()) }),
    properties: staffParcelPropertiesSchema,
  })
  .openapi('ParcelFeature')
export type ParcelFeature = z.infer<typeof parcelFeatureSchema>

export const parcelEditResultSchema = parcelFeatureSchema
  .extend({ warnings: z.array(z.object({ code: z.string(), message: z.string() })) })
  .openapi('ParcelEditResult')

const isoDate = calendarDate

export const parcelPatchSchema = z
  .object({
    status: z.enum(parcelStatuses),
    idle_category: z.enum(idleCategories).nullable(),
    published: z.boolean(),
    start_price: z.number().min(0).max(1e8).nullable().openapi({ description: '起始价, 万元/亩' }),
    tenure_years: z.number().int().min(1).max(70).nullable(),
    available_from: isoDate.nullable(),
    location_desc: z.string().max(500),
    contact: z.string().max(200).nullable(),
    far_max: z.number().min(0).max(99).nullable(),
    is_net_land: z.boolean(),
    is_standard_land: z.boolean(),
    links: z
      .array(
        z.object({ title: z.string().trim().min(1).max(100), url: z.url({ protocol: /^https?$/ }).max(500) }).strict(),
      )
      .max(20),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'name at least one field to change' })
  .refine((patch) => patch.status !== 'idle' || Boolean(patch.idle_category), {
    message: 'required when status is idle',
    path: ['idle_category'],
  })
  .refine((patch) => !patch.idle_category || patch.status === 'idle', {
    message: 'only allowed with status idle',
    path: ['idle_category'],
  })
  .openapi('ParcelPatch')
