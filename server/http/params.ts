import { z } from '@hono/zod-openapi'

/** A record id in the path: a positive 32-bit integer, so nothing larger ever reaches SQL. */
export const idParamSchema = z.object({
  id: z.coerce.number().int().min(1).max(2_147_483_647).openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
})
