import { createRoute, z } from '@hono/zod-openapi'
import { recordAudit } from '../audit/audit.repo.js'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { ApiError } from '../http/api-error.js'
import { idNumber } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { targetMetrics } from '../projects/projects.table.js'
import { saveTargets, targetRegions, targetsOfYear } from '../projects/targets.repo.js'

const yearSchema = z.coerce.number().int().min(2000).max(2100)

export const targetsTableSchema = z
  .object({
    year: z.number().int(),
    regions: z.array(
      z.object({
        region_id: z.number().int(),
        name: z.string(),
        name_en: z.string().nullable(),
        targets: z.object(
          Object.fromEntries(targetMetrics.map((m) => [m, z.number().nullable()])) as Record<
            (typeof targetMetrics)[number],
            z.ZodNullable<z.ZodNumber>
          >,
        ),
      }),
    ),
  })
  .openapi('Targets')

const targetsPutSchema = z
  .object({
    year: yearSchema,
    targets: z
      .array(
        z
          .object({
            region_id: idNumber,
            metric: z.enum(targetMetrics),
            target: z.number().positive().max(1e12).nullable(),
          })
          .strict(),
      )
      .min(1)
      .max(1000),
  })
  .strict()
  .openapi('TargetsChange')

const getTargets = createRoute({
  method: 'get',
  path: '/planning/targets',
  summary: 'The year’s targets of every jurisdiction (null where none is set)',
  ...access('targets', 'read'),
  request: { query: z.object({ year: yearSchema.optional().openapi({ param: { name: 'year', in: 'query' } }) }) },
  responses: {
    200: { description: 'Targets per jurisdiction', content: { 'application/json': { schema: targetsTableSchema } } },
  },
})

const putTargets = createRoute({
  method: 'put',
  path: '/planning/targets',
  summary: 'Set or remove targets of one year, all in one transaction (audited)',
  ...access('targets', 'update'),
  request: { body: { content: { 'application/json': { schema: targetsPutSchema } }, required: true } },
  responses: {
    200: {
      description: 'The year’s targets after the change',
      content: { 'application/json': { schema: targetsTableSchema } },
    },
    400: { description: 'A row names no jurisdiction' },
  },
})

async function targetsTable(db: Parameters<typeof targetsOfYear>[0], year: number) {
  const [regions, targets] = await Promise.all([targetRegions(db), targetsOfYear(db, year)])
  return {
    year,
    regions: regions.map((r) => ({
      region_id: r.id,
      name: r.name,
      name_en: r.name_en,
      targets: Object.fromEntries(
        targetMetrics.map((m) => [m, targets.find((t) => t.region_id === r.id && t.metric === m)?.target ?? null]),
      ) as Record<(typeof targetMetrics)[number], number | null>,
    })),
  }
}

export const targetsRoutes = createRouter()
  .openapi(getTargets, async (c) => {
    const year = c.req.valid('query').year ?? Number(todayOf(c).slice(0, 4))
    return c.json(await targetsTable(c.var.deps.db, year), 200)
  })
  .openapi(putTargets, async (c) => {
    const { year, targets } = c.req.valid('json')
    const { db } = c.var.deps
    const known = new Set((await targetRegions(db)).map((r) => r.id))
    const unknown = targets.findIndex((t) => !known.has(t.region_id))
    if (unknown >= 0)
      throw new ApiError(
        'invalid_request',
        `targets[${unknown}].region_id: no jurisdiction ${targets[unknown]!.region_id}`,
      )
    await db.transaction().execute(async (trx) => {
      const before = await targetsOfYear(trx, year)
      await saveTargets(trx, year, targets)
      await recordAudit(trx, {
        actor: actorOf(c),
        action: 'update',
        entity: 'targets',
        entityId: year,
        before,
        after: await targetsOfYear(trx, year),
      })
    })
    return c.json(await targetsTable(db, year), 200)
  })
