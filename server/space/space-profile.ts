import { z } from '@hono/zod-openapi'
import { idNumber } from '../http/params.js'
import { buildingKinds } from './space-enums.js'

const ids = z.array(idNumber).max(50)

/** 智寻址 for space: a need in ㎡ and what the space must bear, answered with units and units taken together. */
export const spaceProfileSchema = z
  .object({
    need: z.literal('space'),
    min_m2: z.number().positive().max(1_000_000).openapi({ description: 'The floor area needed, ㎡' }),
    max_m2: z
      .number()
      .positive()
      .max(1_000_000)
      .optional()
      .openapi({ description: 'The most floor area the firm will take; default 1.5 × min_m2' }),
    min_floor_load: z
      .number()
      .positive()
      .max(1000)
      .optional()
      .openapi({ description: 'Floor load, kN/㎡ (5 t/㎡ ≈ 49 kN/㎡)' }),
    min_clear_height: z.number().positive().max(100).optional().openapi({ description: 'Clear height, m' }),
    min_power_kva: z
      .number()
      .positive()
      .max(1e6)
      .optional()
      .openapi({ description: 'Power, kVA, summed over the units' }),
    min_crane_t: z.number().positive().max(1000).optional().openapi({ description: 'A crane of at least this many t' }),
    ground_floor: z.boolean().optional().openapi({ description: 'Ground floor only' }),
    max_rent: z.number().positive().max(100_000).optional().openapi({ description: 'Budget: rent at most, 元/㎡/月' }),
    kinds: z.array(z.enum(buildingKinds)).min(1).max(6).optional().openapi({ description: 'Kinds of building' }),
    regions: ids.optional().openapi({ description: 'Preferred districts (region ids)' }),
    parks: ids.optional().openapi({ description: 'Preferred parks (park ids)' }),
    limit: z.number().int().min(1).max(50).default(20),
    explain: ids.optional().openapi({ description: 'Unit ids to explain: why each is not among the candidates' }),
  })
  .strict()
  .refine((p) => p.max_m2 === undefined || p.max_m2 >= p.min_m2, {
    message: 'max_m2 must be at least min_m2',
    path: ['max_m2'],
  })
  .openapi('SpaceProfile')

export type SpaceProfileInput = z.infer<typeof spaceProfileSchema>
export interface SpaceProfile extends Omit<SpaceProfileInput, 'max_m2'> {
  max_m2: number
}

export const normaliseSpaceProfile = (input: SpaceProfileInput): SpaceProfile => ({
  ...input,
  max_m2: input.max_m2 ?? Math.round(input.min_m2 * 1.5),
})
