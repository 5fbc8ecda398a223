import { z } from '@hono/zod-openapi'
import { idText } from '../http/params.js'

/** Entities whose writes are audited, each guarded by its own read right as well as `audit: read`. */
export const auditedEntities = ['parcels', 'projects', 'users', 'chains', 'enterprises', 'leads'] as const

export const auditQuerySchema = z.object({
  entity: z.enum(auditedEntities).openapi({ param: { name: 'entity', in: 'query' } }),
  id: idText.openapi({ param: { name: 'id', in: 'query' } }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .openapi({ param: { name: 'limit', in: 'query' } }),
})

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  user_name: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
})

export const auditHistorySchema = z.object({ entries: z.array(auditEntrySchema) }).openapi('AuditHistory')
