/**
 * An import request as the API's body states it, turned into what the engine runs: the one conversion behind
 * POST /api/imports and `npm run import`, so both refuse the same things with the same words.
 */
import type { z } from '@hono/zod-openapi'
import type { Actor } from '../audit/audit.repo.js'
import { ApiError } from '../http/api-error.js'
import { formatOfFileName, importFormats, textFormats } from './import-formats.js'
import type { UploadedFile } from './import-read.js'
import type { ImportRequest } from './imports.js'
import type { importRequestSchema } from './imports.schema.js'

export type ImportBody = z.infer<typeof importRequestSchema>

/** The file part of a request body, as every import reads it (land or context). */
type FileBody = Pick<
  ImportBody,
  'file_name' | 'format' | 'content' | 'content_encoding' | 'layer' | 'crs' | 'shifted' | 'hint_lon' | 'lang'
>

export function uploadedFileOf(body: FileBody): UploadedFile {
  const format = body.format ?? formatOfFileName(body.file_name)
  if (!format) {
    const formats = importFormats.join(', ')
    throw new ApiError(
      'invalid_request',
      `format: “${body.file_name}” has no extension an import reads (${formats}); say the format`,
    )
  }
  const encoding = body.content_encoding ?? (format === 'geojson' ? 'text' : 'base64')
  if (encoding === 'text' && !textFormats.includes(format))
    throw new ApiError('invalid_request', `content_encoding: a ${format} file is binary; send it in base64`)
  return {
    fileName: body.file_name,
    format,
    content: body.content,
    contentEncoding: encoding,
    layer: body.layer,
    srid: body.crs ? Number(body.crs.replace(/^EPSG:/i, '')) : undefined,
    shifted: body.shifted,
    hintLon: body.hint_lon,
    lang: body.lang,
  }
}

export function importRequestOf(body: ImportBody, actor: Actor): ImportRequest {
  return {
    ...uploadedFileOf(body),
    mapping: body.mapping,
    mappingChanges: body.mapping_changes,
    profile: body.profile,
    codeRule: body.code_rule,
    areaUnit: body.area_unit,
    repair: body.repair,
    dryRun: body.dry_run,
    skipBadRows: body.skip_bad_rows,
    pointToleranceM: body.point_tolerance_m,
    allOrNothing: body.all_or_nothing,
    actor,
  }
}
