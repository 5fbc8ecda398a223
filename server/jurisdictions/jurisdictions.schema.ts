import { z } from '@hono/zod-openapi'
import { targetMetrics } from '../projects/projects.table.js'
import { jurisdictionLevels } from './jurisdictions.table.js'

const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(z.tuple([z.number(), z.number()])))),
})

export const jurisdictionTargetSchema = z.object({
  year: z.number().int(),
  metric: z.enum(targetMetrics),
  target: z.number(),
})

export const jurisdictionSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    name_en: z.string(),
    level: z.enum(jurisdictionLevels),
    parent_id: z.number().int().nullable(),
    parent_code: z.string().nullable(),
    demonstration: z.boolean().openapi({ description: 'The outline was drawn for the demonstration, not surveyed' }),
    boundary: multiPolygonSchema
      .nullable()
      .openapi({ description: 'Where the unit has territory (a department has none), simplified for display' }),
    targets: z
      .array(jurisdictionTargetSchema)
      .optional()
      .openapi({ description: 'Staff only: the yearly targets set for this unit (赛马)' }),
  })
  .openapi('Jurisdiction')
export type Jurisdiction = z.infer<typeof jurisdictionSchema>

export const jurisdictionTreeSchema = z
  .object({ jurisdictions: z.array(jurisdictionSchema) })
  .openapi('JurisdictionTree', {
    description:
      'The city, its districts, their towns and streets, platforms and responsible departments, parents first',
  })
export type JurisdictionTree = z.infer<typeof jurisdictionTreeSchema>
