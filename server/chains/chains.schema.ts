import { z } from '@hono/zod-openapi'
import { featureCollectionSchema, pointSchema } from '../http/geojson.js'
import { idNumber } from '../http/params.js'
import { chainTiers, enterpriseFlags, enterpriseStatuses } from './chain-enums.js'

const tier = z.enum(chainTiers)
const keyFigure = z
  .object({
    label: z.string().min(1).max(50),
    label_en: z.string().max(80).default(''),
    value: z.string().min(1).max(50),
  })
  .strict()

export const chainSummarySchema = z.object({
  id: z.number().int(),
  key: z.string(),
  name: z.string(),
  name_en: z.string(),
  chief: z.string().nullable(),
  chief_department: z.string().nullable(),
  description: z.string(),
  description_en: z.string(),
  key_figures: z.array(z.object({ label: z.string(), label_en: z.string(), value: z.string() })),
  version: z.number().int(),
  segment_count: z.number().int(),
  existing_count: z.number().int(),
  target_count: z.number().int().optional().openapi({ description: 'Staff only' }),
})

export const chainDetailSchema = chainSummarySchema
  .omit({ segment_count: true, existing_count: true, target_count: true })
  .extend({
    gap_threshold: z.number().int(),
    segments: z.array(
      z.object({
        id: z.number().int(),
        key: z.string(),
        name: z.string(),
        name_en: z.string(),
        tier,
        parent_id: z.number().int().nullable(),
        sort: z.number().int(),
        version: z.number().int(),
        strength: z.number().int().openapi({ description: 'Local existing firms, sub-segments included' }),
        is_gap: z.boolean(),
        targets: z.number().int().optional().openapi({ description: 'Staff only: firms to attract' }),
        upstream_ids: z.array(z.number().int()),
        downstream_ids: z.array(z.number().int()),
        layout: z.object({ column: z.number().int(), row: z.number().int(), depth: z.number().int() }),
      }),
    ),
    links: z.array(z.object({ id: z.number().int(), supplier_id: z.number().int(), customer_id: z.number().int() })),
  })
  .openapi('ChainDetail')

export const chainPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    name_en: z.string().trim().max(200),
    chief: z.string().trim().max(100).nullable(),
    chief_department: z.string().trim().max(100).nullable(),
    description: z.string().max(2000),
    description_en: z.string().max(4000),
    key_figures: z.array(keyFigure).max(12),
    gap_threshold: z.number().int().min(1).max(100).nullable(),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'name at least one field to change' })
  .openapi('ChainPatch')

export const segmentPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    name_en: z.string().trim().max(200),
    tier,
    parent_id: idNumber.nullable(),
    sort: z.number().int().min(0).max(10_000),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'name at least one field to change' })
  .openapi('SegmentPatch')

export const linkBodySchema = z
  .object({ supplier_id: idNumber, customer_id: idNumber })
  .strict()
  .openapi('ChainLinkNew')

/** What anyone may see of an existing firm on the map: it is there for investors to find their suppliers. */
export const enterprisePropertiesSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  name_en: z.string(),
  chain_id: z.number().int().nullable(),
  segment_id: z.number().int().nullable(),
  segment_name: z.string().nullable(),
  segment_name_en: z.string().nullable(),
  tier: tier.nullable(),
  park_id: z.number().int().nullable(),
  park_name: z.string().nullable(),
  park_name_en: z.string().nullable(),
  is_chain_master: z.boolean(),
  flags: z
    .array(z.string())
    .openapi({ description: `Distinctions; an edit takes ${enterpriseFlags.join(', ')}, older data may hold others` }),
  employees: z.number().int().nullable(),
})

const staffOnly = { description: 'Staff only' }

/** Staff also see targets (firms to attract), where they come from, how far talks are and whom to call. */
export const staffEnterprisePropertiesSchema = enterprisePropertiesSchema.extend({
  status: z.enum(enterpriseStatuses).optional().openapi(staffOnly),
  origin: z.string().nullable().optional().openapi(staffOnly),
  contact_stage: z.string().nullable().optional().openapi(staffOnly),
  contact: z.string().nullable().optional().openapi(staffOnly),
  annual_output_wan: z.number().nullable().optional().openapi(staffOnly),
  version: z
    .number()
    .int()
    .optional()
    .openapi({ description: 'Staff only: the version an edit must name in If-Match' }),
})

export const enterpriseCollectionSchema = featureCollectionSchema(
  'EnterpriseFeatures',
  staffEnterprisePropertiesSchema,
  pointSchema,
)

/** A firm as one feature; a target to attract may have no site yet. */
export const enterpriseFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.number().int(),
  geometry: pointSchema.nullable(),
  properties: staffEnterprisePropertiesSchema,
})

export const enterpriseDetailSchema = z
  .object({
    firm: enterpriseFeatureSchema,
    segment: chainDetailSchema.shape.segments.element
      .pick({ id: true, key: true, name: true, name_en: true, tier: true, parent_id: true, sort: true, version: true })
      .nullable()
      .optional()
      .openapi({ description: 'Absent for a firm outside any chain' }),
    suppliers: z.array(staffEnterprisePropertiesSchema).openapi({ description: 'Firms of the segments it buys from' }),
    customers: z.array(staffEnterprisePropertiesSchema).openapi({ description: 'Firms of the segments it sells to' }),
  })
  .openapi('EnterpriseDetail')

export const enterprisePatchSchema = z
  .object({
    segment_id: idNumber.nullable(),
    status: z.enum(enterpriseStatuses),
    is_chain_master: z.boolean(),
    flags: z.array(z.enum(enterpriseFlags)).max(6),
    origin: z.string().trim().max(100).nullable(),
    contact_stage: z.string().trim().max(100).nullable(),
    contact: z.string().trim().max(200).nullable(),
    employees: z.number().int().min(0).max(1_000_000).nullable(),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'name at least one field to change' })
  .openapi('EnterprisePatch')

const segmentKey = z.string().regex(/^[a-z0-9_]{1,40}$/, 'lower-case letters, digits and _')

/** The exchange format: a chain's structure, to share between cities (firms stay local). */
export const chainExchangeSchema = z
  .object({
    format: z.literal('invest-atlas-chain/1'),
    chain: z
      .object({
        key: segmentKey,
        name: z.string().trim().min(1).max(100),
        name_en: z.string().trim().max(200).default(''),
        chief: z.string().trim().max(100).nullable().default(null),
        chief_department: z.string().trim().max(100).nullable().default(null),
        description: z.string().max(2000).default(''),
        description_en: z.string().max(4000).default(''),
        key_figures: z.array(keyFigure).max(12).default([]),
        gap_threshold: z.number().int().min(1).max(100).nullable().default(null),
      })
      .strict(),
    segments: z
      .array(
        z
          .object({
            key: segmentKey,
            name: z.string().trim().min(1).max(100),
            name_en: z.string().trim().max(200).default(''),
            tier,
            parent: segmentKey.nullable().default(null),
          })
          .strict(),
      )
      .min(1)
      .max(200),
    links: z
      .array(z.object({ supplier: segmentKey, customer: segmentKey }).strict())
      .max(1000)
      .default([]),
  })
  .strict()
  .openapi('ChainExchange')
export type ChainExchange = z.infer<typeof chainExchangeSchema>

const km = z.number().nullable()
export const gapLandSchema = z
  .object({
    parcels: z.array(
      z.object({
        id: z.number().int(),
        code: z.string(),
        area_mu: z.number(),
        park_id: z.number().int(),
        park_name: z.string(),
        park_name_en: z.string().nullable(),
        km_upstream: km,
        km_downstream: km,
        km_score: km,
      }),
    ),
    blocks: z.array(
      z.object({
        parcel_ids: z.array(z.number().int()),
        parcel_codes: z.array(z.string()),
        total_mu: z.number(),
        km_score: km,
      }),
    ),
  })
  .openapi('GapLand')
