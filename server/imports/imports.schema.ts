import { z } from '@hono/zod-openapi'
import { shiftedSystems } from './china-offsets.js'
import { codeSources } from './code-naming.js'
import { importFormats } from './import-formats.js'
import { langs } from './import-messages.js'
import { areaUnits, mappableFields } from './mappable-fields.js'

export const importRequestSchema = z
  .object({
    file_name: z.string().min(1).max(200),
    format: z.enum(importFormats).optional().openapi({
      description:
        'Told from the file name’s extension when not given (.geojson, .zip Shapefile, .xlsx, .csv, .kml, .kmz, .dxf)',
    }),
    content: z
      .string()
      .min(1)
      .openapi({ description: 'The file, in base64 (any format) or as text (GeoJSON, KML, CSV, DXF)' }),
    content_encoding: z
      .enum(['text', 'base64'])
      .optional()
      .openapi({ description: 'Defaults to text for GeoJSON, base64 for the other formats' }),
    layer: z.string().max(200).optional().openapi({ description: 'DXF: read the closed outlines on this layer only' }),
    // No regex flags: OpenAPI's pattern has none, so the case is spelled out and the published pattern is the one checked.
    crs: z
      .string()
      .regex(/^(?:[Ee][Pp][Ss][Gg]:)?\d{4,5}$/, 'an EPSG code such as EPSG:4549')
      .optional()
      .openapi({ description: 'The coordinate system, when the file does not say or says wrong' }),
    shifted: z
      .enum(shiftedSystems)
      .optional()
      .openapi({ description: 'Coordinates from 高德 (gcj02) or 百度 (bd09) maps' }),
    mapping: z
      .record(z.string().max(200), z.enum(mappableFields))
      .optional()
      .openapi({ description: 'Column → parcel field, replacing the proposed mapping' }),
    profile: z
      .string()
      .min(1)
      .max(80)
      .optional()
      .openapi({ description: 'A saved mapping (GET /api/imports/profiles) applied to the columns the file has' }),
    mapping_changes: z
      .record(z.string().max(200), z.enum(mappableFields).nullable())
      .optional()
      .openapi({ description: 'Column → parcel field (null: not imported), changing the proposed or given mapping' }),
    area_unit: z.enum(areaUnits).optional(),
    hint_lon: z
      .number()
      .min(73)
      .max(136)
      .optional()
      .openapi({ description: 'Roughly where the data lies, to tell a Gauss-Krüger zone' }),
    repair: z.boolean().default(false).openapi({ description: 'Repair invalid outlines with ST_MakeValid' }),
    dry_run: z.boolean().default(true),
    code_rule: z
      .discriminatedUnion('by', [
        z.object({ by: z.literal('number'), prefix: z.string().min(1).max(40) }).strict(),
        z.object({ by: z.literal('layer_handle') }).strict(),
      ])
      .optional()
      .openapi({
        description:
          'Codes for parcels the file leaves unnamed: the prefix and a running number, or the CAD layer and entity handle',
      }),
    point_tolerance_m: z.number().min(0).max(10_000).optional().openapi({
      description:
        'A list of location points: how far (m) a point may lie from its parcel before a warning; 50 unless given',
    }),
    all_or_nothing: z.boolean().default(false).openapi({
      description: 'A list of location points: a code no stored parcel has refuses the file instead of being left out',
    }),
    skip_bad_rows: z.boolean().default(false).openapi({
      description:
        'Commit the rows without errors and leave the rest out (listed in skippedRows); else any error refuses all',
    }),
    lang: z
      .enum(langs)
      .optional()
      .openapi({ description: 'The language of the report, notes and refusals (en unless asked; zh for 中文)' }),
  })
  .strict()
  .openapi('ImportRequest')

const rowReport = z.object({
  row: z.number().int(),
  code: z.string().nullable(),
  codeFrom: z.enum(codeSources).nullable().openapi({
    description: 'What gave the code: the file, a running number (code_rule), or the CAD layer and handle',
  }),
  action: z.enum(['insert', 'update', 'skip']),
  areaMu: z.number().nullable(),
  declaredMu: z.number().nullable(),
  region: z.string().nullable(),
  invalidAt: z.tuple([z.number(), z.number()]).nullable(),
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
})

export const importResultSchema = z
  .object({
    srid: z.number().int(),
    notes: z.array(z.string()),
    mapping: z.object({
      fields: z.record(z.string(), z.enum(mappableFields)),
      unmatched: z.array(z.string()).openapi({ description: 'The columns not imported' }),
      areaUnit: z.enum(areaUnits),
      samples: z
        .record(z.string(), z.string())
        .openapi({ description: 'Each column’s first value that is not empty (shortened to 40 characters)' }),
    }),
    crsProblems: z.array(z.object({ code: z.string(), message: z.string(), suggestedSrid: z.number().optional() })),
    report: z.object({
      ok: z.boolean(),
      counts: z.object({
        rows: z.number().int(),
        errors: z.number().int(),
        warnings: z.number().int(),
        insert: z.number().int(),
        update: z.number().int(),
      }),
      rows: z.array(rowReport),
    }),
    batch: z
      .object({
        id: z.number().int(),
        inserted: z.number().int(),
        updated: z.number().int(),
        unchanged: z.number().int(),
      })
      .nullable(),
    skippedRows: z.array(z.number().int()).openapi({
      description: 'The rows left out of a commit: with errors (skip_bad_rows), or location points of unknown codes',
    }),
    outlines: z
      .array(z.object({ row: z.number().int(), geometry: z.string() }))
      .openapi({ description: 'The outlines as they would be stored (WGS84 GeoJSON), for the preview map' }),
  })
  .openapi('ImportResult')

export const batchesSchema = z
  .object({
    batches: z.array(
      z.object({
        id: z.number().int(),
        file_name: z.string(),
        file_sha256: z.string(),
        format: z.string(),
        srid: z.number().int(),
        created_by: z.string(),
        created_at: z.string(),
        inserted: z.number().int(),
        updated: z.number().int(),
        unchanged: z.number().int(),
        undone_at: z.string().nullable(),
        undone_by: z.string().nullable(),
      }),
    ),
  })
  .openapi('ImportBatches')

/** A saved mapping names what each column it knows is imported as; null: left out. */
const profileFields = z.record(z.string().max(200), z.enum(mappableFields).nullable())

export const importProfileSchema = z
  .object({
    name: z.string(),
    fields: profileFields,
    area_unit: z.enum(areaUnits).nullable(),
    updated_by: z.string(),
    updated_at: z.string(),
    last_used_at: z.string().nullable(),
  })
  .openapi('ImportProfile')

export const importProfilesSchema = z
  .object({ profiles: z.array(importProfileSchema) })
  .openapi('ImportProfiles', { description: 'Saved column mappings, the one used last first' })

export const profileNameSchema = z.object({ name: z.string().trim().min(1).max(80) })

export const saveProfileSchema = z
  .object({ fields: profileFields, area_unit: z.enum(areaUnits).nullable().default(null) })
  .strict()
  .openapi('SaveImportProfile')
