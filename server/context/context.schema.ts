import { z } from '@hono/zod-openapi'
import { importRequestSchema } from '../imports/imports.schema.js'
import { contextKinds } from './context.table.js'

export const contextImportSchema = importRequestSchema
  .pick({
    file_name: true,
    format: true,
    content: true,
    content_encoding: true,
    layer: true,
    crs: true,
    shifted: true,
    hint_lon: true,
    lang: true,
  })
  .extend({
    kind: z.enum(contextKinds).openapi({ description: 'What every feature of the file is' }),
    name_column: z.string().max(100).optional().openapi({ description: 'The column holding names; guessed if absent' }),
    replace: z
      .boolean()
      .default(false)
      .openapi({ description: 'Remove the city’s features of this kind first (never the demonstration’s)' }),
  })
  .openapi('ContextImport')

export type ContextImportBody = z.infer<typeof contextImportSchema>

export const contextImportResultSchema = z
  .object({
    kind: z.enum(contextKinds),
    srid: z.number().int(),
    name_column: z.string().nullable(),
    inserted: z.number().int(),
    replaced: z.number().int(),
    refused_rows: z.array(z.number().int()).openapi({ description: 'Rows empty once repaired: not kept' }),
  })
  .openapi('ContextImportResult')

export const contextSummarySchema = z
  .object({
    layers: z.array(z.object({ kind: z.enum(contextKinds), is_demo: z.boolean(), features: z.number().int() })),
  })
  .openapi('ContextSummary')
