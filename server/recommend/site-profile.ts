import { z } from '@hono/zod-openapi'
import { idNumber } from '../http/params.js'
import { pollutionClasses, type SiteCriterion, siteCriteria } from './site-criteria.js'

/** Area fit matters most; the rest count equally in pairs; applicable criteria only (no segment → no chain score). */
export const defaultSiteWeights: Readonly<Record<SiteCriterion, number>> = {
  area_fit: 3,
  shape: 1,
  price: 2,
  port: 1,
  rail_station: 1,
  interchange: 1,
  airport: 1,
  readiness: 2,
  park_fit: 2,
  chain: 2,
  preference: 2,
}

const km = z.number().positive().max(500)
const ids = z.array(idNumber).max(50)

export const siteProfileSchema = z
  .object({
    need: z.literal('land').optional().openapi({ description: 'land (the default) or space: see SpaceProfile' }),
    min_mu: z.number().positive().max(100_000).openapi({ description: 'The land need, in mu (1 mu = 666.67 m²)' }),
    max_mu: z
      .number()
      .positive()
      .max(100_000)
      .optional()
      .openapi({ description: 'The most land the project will take; default 1.5 × min_mu' }),
    land_use: z
      .string()
      .regex(/^\d{2,6}$/, 'a land-use code or its prefix, e.g. 1001 (industrial) or 100102')
      .optional(),
    segment_id: idNumber
      .optional()
      .openapi({ description: 'The chain segment the project belongs to: park fit and chain proximity' }),
    max_price: z
      .number()
      .positive()
      .max(100_000)
      .optional()
      .openapi({ description: 'Highest start price, 万元 per mu' }),
    max_km: z.object({ port: km, rail_station: km, interchange: km, airport: km }).partial().strict().optional(),
    net_land: z.boolean().optional().openapi({ description: 'Only 净地 (cleared and ready to hand over)' }),
    standard_land: z.boolean().optional().openapi({ description: 'Only 标准地 (sold with preset indicators)' }),
    pollution: z
      .enum(pollutionClasses)
      .default('none')
      .openapi({ description: 'Sets the distance kept from water sources, housing and ecological red lines' }),
    regions: ids.optional().openapi({ description: 'Preferred districts (region ids)' }),
    parks: ids.optional().openapi({ description: 'Preferred parks (park ids)' }),
    planned_investment_wan: z
      .number()
      .positive()
      .max(1e9)
      .optional()
      .openapi({ description: 'Planned fixed-asset investment, 万元: checked against 标准地 投资强度' }),
    footprint: z
      .object({ width_m: z.number().positive().max(5000), length_m: z.number().positive().max(5000) })
      .strict()
      .optional()
      .openapi({ description: 'A building footprint the site must hold' }),
    weights: z
      .object(
        Object.fromEntries(siteCriteria.map((c) => [c, z.number().min(0).max(100)])) as Record<
          SiteCriterion,
          z.ZodNumber
        >,
      )
      .partial()
      .strict()
      .optional(),
    limit: z.number().int().min(1).max(50).default(20),
    explain: ids.optional().openapi({ description: 'Parcel ids to explain: why each is not among the candidates' }),
  })
  .strict()
  .refine((p) => p.max_mu === undefined || p.max_mu >= p.min_mu, {
    message: 'max_mu must be at least min_mu',
    path: ['max_mu'],
  })
  .openapi('SiteProfile')

export type SiteProfileInput = z.infer<typeof siteProfileSchema>

export interface SiteProfile extends Omit<SiteProfileInput, 'max_mu' | 'weights'> {
  max_mu: number
  weights: Record<SiteCriterion, number>
}

/** Defaults filled in, so the answer can echo exactly what was weighed. */
export function normaliseProfile(input: SiteProfileInput): SiteProfile {
  return {
    ...input,
    max_mu: input.max_mu ?? Math.round(input.min_mu * 1.5 * 100) / 100,
    weights: { ...defaultSiteWeights, ...input.weights },
  }
}
