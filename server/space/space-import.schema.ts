import { z } from '@hono/zod-openapi'
import { importRequestSchema } from '../imports/imports.schema.js'

/** The file as land imports send it (name, format, content), and whether to only report. */
export const spaceImportSchema = importRequestSchema
  .pick({ file_name: true, format: true, content: true, content_encoding: true, lang: true })
  .extend({ dry_run: z.boolean().default(true).openapi({ description: 'Report only (the default); false commits' }) })
  .strict()
  .openapi('SpaceImport')
export type SpaceImportBody = z.infer<typeof spaceImportSchema>

const counts = z.object({ buildings: z.number().int(), units: z.number().int() })

export const spaceImportResultSchema = z
  .object({
    ok: z.boolean().openapi({ description: 'No cell is wrong' }),
    committed: z.boolean(),
    dry_run: z.boolean(),
    rows: z.number().int(),
    buildings: z.number().int(),
    units: z.number().int(),
    not_imported_columns: z.array(z.string()).openapi({ description: 'Headers that name no field: not imported' }),
    errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
    created: counts.nullable(),
    updated: counts.nullable(),
  })
  .openapi('SpaceImportResult')
