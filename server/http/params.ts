import { z } from '@hono/zod-openapi'

/** PostgreSQL's integer: every id column is one, so nothing larger may reach SQL. */
export const MAX_ID = 2_147_483_647

/**
 * An id as a path or query parameter: canonical decimal digits only (no `+1`, `0x10`, `1e3` or ` 7`), in range.
 * An id that is well formed but unknown is then the route's 404.
 */
export const idText = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'expected a record id: a positive whole number in digits')
  .transform(Number)
  .refine((id) => id <= MAX_ID, `at most ${MAX_ID}`)

/** An id inside a JSON body. */
export const idNumber = z.number().int().min(1).max(MAX_ID)

export const pathId = (name: string) => idText.openapi({ param: { name, in: 'path' }, example: '1' })
export const queryId = (name: string) => idText.optional().openapi({ param: { name, in: 'query' } })

/** A record id in the path. */
export const idParamSchema = z.object({ id: pathId('id') })

/** A calendar date as YYYY-MM-DD that exists: zod's ISO date knows month lengths and leap years (2026-02-30 fails). */
export const calendarDate = z.iso.date('expected a real calendar date as YYYY-MM-DD')
