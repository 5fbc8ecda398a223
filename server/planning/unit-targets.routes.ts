import { createRoute, z } from '@hono/zod-openapi'
import { recordAudit } from '../audit/audit.repo.js'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { ApiError } from '../http/api-error.js'
import { idNumber } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { unitsByIds } from '../jurisdictions/jurisdictions.repo.js'
import { unitMetrics } from '../jurisdictions/jurisdictions.table.js'
import { ownUnitTargets, saveUnitTargets } from './unit-ranking.repo.js'

const yearSchema = z.coerce.number().int().min(2000).max(2100)

export const unitTargetsSchema = z
  .object({
    year: z.number().int(),
    targets: z.array(z.object({ unit_id: z.number().int(), metric: z.enum(unitMetrics), target: z.number() })),
  })
  .openapi('UnitTargets')

const unitTargetsPutSchema = z
  .object({
    year: yearSchema,
    targets: z
      .array(
        z
          .object({
            unit_id: idNumber,
            metric: z.enum(unitMetrics),
            target: z.number().positive().max(1e12).nullable(),
          })
          .strict(),
      )
      .min(1)
      .max(2000),
  })
  .strict()
  .openapi('UnitTargetsChange')

const getRoute = createRoute({
  method: 'get',
  path: '/planning/unit-targets',
  summary: 'The year’s targets of towns, platforms and departments (a district’s are on /planning/targets)',
  ...access('targets', 'read'),
  request: { query: z.object({ year: yearSchema.optional() }) },
  responses: {
    200: { description: 'Targets per unit', content: { 'application/json': { schema: unitTargetsSchema } } },
  },
})

const putRoute = createRoute({
  method: 'put',
  path: '/planning/unit-targets',
  summary: 'Set or remove unit targets of one year, all in one transaction (audited)',
  ...access('targets', 'update'),
  request: { body: { content: { 'application/json': { schema: unitTargetsPutSchema } }, required: true } },
  responses: {
    200: {
      description: 'The year’s unit targets after the change',
      content: { 'application/json': { schema: unitTargetsSchema } },
    },
    400: { description: 'A row names no town, platform or department; the message names the row' },
  },
})

export const unitTargetsRoutes = createRouter()
  .openapi(getRoute, async (c) => {
    const year = c.req.valid('query').year ?? Number(todayOf(c).slice(0, 4))
    return c.json({ year, targets: await ownUnitTargets(c.var.deps.db, year) }, 200)
  })
  .openapi(putRoute, async (c) => {
    const { year, targets } = c.req.valid('json')
    const { db } = c.var.deps
    const units = new Map((await unitsByIds(db, [...new Set(targets.map((t) => t.unit_id))])).map((u) => [u.id, u]))
    const wrong = targets.findIndex(
      (t) => !['town', 'platform', 'department'].includes(units.get(t.unit_id)?.level ?? ''),
    )
    if (wrong >= 0)
      throw new ApiError(
        'invalid_request',
        `targets[${wrong}].unit_id: ${targets[wrong]!.unit_id} is no town, platform or department (a district's targets are on /planning/targets)`,
      )
    await db.transaction().execute(async (trx) => {
      const before = await ownUnitTargets(trx, year)
      await saveUnitTargets(trx, year, targets)
      const after = await ownUnitTargets(trx, year)
      await recordAudit(trx, {
        actor: actorOf(c),
        action: 'update',
        entity: 'unit_targets',
        entityId: year,
        before,
        after,
      })
    })
    return c.json({ year, targets: await ownUnitTargets(db, year) }, 200)
  })
