import { createRoute, z } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { anyGeometrySchema } from '../http/geojson.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { landAudience } from '../land/land-audience.js'
import { spaceRecommendationSchema } from '../space/space.schema.js'
import { normaliseSpaceProfile, spaceProfileSchema } from '../space/space-profile.js'
import { recommendSpaceFor } from '../space/space-recommend.service.js'
import { recommendSites } from './recommend.js'
import { siteCriteria } from './site-criteria.js'
import { normaliseProfile, siteProfileSchema } from './site-profile.js'

const rejection = z.object({
  code: z.string(),
  value: z.union([z.number(), z.string()]).nullable(),
  limit: z.union([z.number(), z.string()]).nullable(),
  about: z.string().optional(),
})
const criterion = z.object({
  criterion: z.enum(siteCriteria),
  score: z.number(),
  weight: z.number(),
  value: z.union([z.number(), z.string()]).nullable(),
  detail: z.record(z.string(), z.number().nullable()).optional(),
})
const candidate = z.object({
  rank: z.number().int(),
  score: z.number().openapi({ description: 'Weighted mean of the criteria, 0–100' }),
  parcel_ids: z.array(z.number().int()),
  parcel_codes: z.array(z.string()),
  total_mu: z.number(),
  whole_block: z.boolean(),
  region_id: z.number().int().nullable(),
  region: z.string().nullable(),
  region_en: z.string().nullable(),
  park_id: z.number().int().nullable(),
  park: z.string().nullable(),
  park_en: z.string().nullable(),
  width_m: z.number().nullable(),
  length_m: z.number().nullable(),
  compactness: z.number().nullable(),
  centre: z.array(z.number()),
  geometry: anyGeometrySchema,
  criteria: z.array(criterion),
  claims: z
    .array(
      z.object({
        parcel_id: z.number(),
        project_id: z.number(),
        code: z.string(),
        name: z.string(),
        stage: z.string(),
      }),
    )
    .optional()
    .openapi({ description: 'Staff only: live projects already holding a parcel of the site' }),
})
export const recommendation = z
  .object({
    profile: z.record(z.string(), z.unknown()),
    considered: z.number().int(),
    sites_found: z.number().int(),
    outlines_measured: z.number().int(),
    candidates: z.array(candidate),
    rejected: z.object({
      counts: z.record(z.string(), z.number().int()),
      examples: z.array(
        z.object({ parcel_id: z.number(), code: z.string(), area_mu: z.number(), reasons: z.array(rejection) }),
      ),
    }),
    why_not: z.array(
      z.object({
        parcel_id: z.number(),
        code: z.string().nullable(),
        candidate: z.boolean(),
        reasons: z.array(rejection),
      }),
    ),
  })
  .openapi('SiteRecommendation')

/** Land (the default when `need` is absent) or space: each profile validated strictly against its own fields. */
const profileSchema = z.discriminatedUnion('need', [siteProfileSchema, spaceProfileSchema])

const recommendRoute = createRoute({
  method: 'post',
  path: '/recommend',
  summary:
    '智寻址: ranked sites for a project profile — single parcels, adjacent sets assembled to the need, sell-whole blocks whole — every score explained',
  ...access('parcels', 'read'),
  request: { body: { content: { 'application/json': { schema: profileSchema } }, required: true } },
  responses: {
    200: {
      description:
        'Candidates best first; rejected parcels (or units, for need=space) counted by the constraint that failed',
      content: { 'application/json': { schema: z.union([recommendation, spaceRecommendationSchema]) } },
    },
    400: { description: 'A profile field out of range or unknown; the message names it' },
  },
})

export const recommendRoutes = createRouter().openapi(recommendRoute, async (c) => {
  const body = c.req.valid('json')
  const input = { db: c.var.deps.db, audience: landAudience(c), today: todayOf(c) }
  if (body.need === 'space')
    return c.json(await recommendSpaceFor({ ...input, profile: normaliseSpaceProfile(body) }), 200)
  return c.json(await recommendSites({ ...input, profile: normaliseProfile(body) }), 200)
})
