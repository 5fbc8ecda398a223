import { z } from '@hono/zod-openapi'
import { featureCollectionSchema } from '../http/geojson.js'
import { landCategories, projectStages } from './projects.table.js'

export const projectPropertiesSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  investor_name: z.string(),
  investor_origin: z.string().nullable(),
  industry: z.string().nullable(),
  chain_name: z.string().nullable().openapi({ description: 'The industry chain (产业链) the project belongs to' }),
  chain_name_en: z.string().nullable(),
  stage: z.enum(projectStages),
  stage_changed_on: z.string(),
  total_investment_wan: z.number().nullable().openapi({ description: '总投资, 万元' }),
  land_need_mu: z.number().nullable(),
  land_category: z.enum(landCategories),
  park_id: z.number().int().nullable(),
  park_name: z.string().nullable(),
  park_name_en: z.string().nullable(),
  parcel_id: z.number().int().nullable(),
  responsible: z.string().nullable(),
  notes: z.string(),
  version: z.number().int(),
})

export const projectCollectionSchema = featureCollectionSchema('ProjectCollection', projectPropertiesSchema)
export type ProjectCollection = z.infer<typeof projectCollectionSchema>

export const projectFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: z.object({ type: z.string(), coordinates: z.array(z.any()) }).nullable(),
    properties: projectPropertiesSchema,
  })
  .openapi('ProjectFeature')
export type ProjectFeature = z.infer<typeof projectFeatureSchema>

export const projectPatchSchema = z
  .object({
    stage: z.enum(projectStages),
    responsible: z.string().trim().max(100).nullable(),
    notes: z.string().max(5000),
    land_need_mu: z.number().min(0).max(100_000).nullable(),
    total_investment_wan: z.number().min(0).max(1e9).nullable(),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'name at least one field to change' })
  .openapi('ProjectPatch')
