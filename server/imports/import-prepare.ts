/**
 * The first half of an import, all of it CPU and none of it database: read the file, map its columns, choose its CRS,
 * type every row and find the outlines too complex to check. Runs in the import thread (`import-thread.ts`), so a
 * large file never holds up the server's own thread.
 */
import { createHash } from 'node:crypto'
import { ApiError } from '../http/api-error.js'
import type { CrsProblem } from './crs-diagnose.js'
import { type ColumnMapping, mapRow, proposeMapping } from './field-mapping.js'
import { render, type Said, said } from './import-messages.js'
import type { PreviewInput } from './import-preview.repo.js'
import {
  asFileError,
  bytesOf,
  chooseSrid,
  langOf,
  readUpload,
  type UploadedFile,
  unshiftGeometry,
} from './import-read.js'
import type { MappedFeature } from './import-report.js'
import type { AreaUnit, MappableField } from './mappable-fields.js'
import { featuresFromTable } from './table-features.js'
import { outlinesOverVertexLimit } from './vertex-limits.js'

/** What the import thread is asked to read: the request without its actor, the content still as sent. */
export interface FileRequest extends UploadedFile {
  mapping?: Record<string, MappableField>
  areaUnit?: AreaUnit
}

export interface PreparedImport {
  srid: number
  notes: Said[]
  mapping: ColumnMapping
  problems: CrsProblem[]
  mapped: MappedFeature[]
  /** What the dry run's statements check: one per outline that is not too complex. */
  inputs: PreviewInput[]
  /** Rows whose outline has too many vertices to be checked (row → count). */
  tooComplex: Map<number, number>
  sha256: string
}

function mappingFor(headers: readonly string[], request: FileRequest): ColumnMapping {
  const proposed = proposeMapping(headers)
  const fields = request.mapping ?? proposed.fields
  const unknown = Object.keys(fields).find((column) => !headers.includes(column))
  if (unknown !== undefined)
    throw new ApiError('invalid_mapping', render(said('mapping_unknown_column', { column: unknown }), langOf(request)))
  return { fields, unmatched: headers.filter((h) => !(h in fields)), areaUnit: request.areaUnit ?? proposed.areaUnit }
}

export async function prepareImport(request: FileRequest): Promise<PreparedImport> {
  const bytes = bytesOf(request)
  const upload = await readUpload(request, bytes)
  const mapping = mappingFor(upload.kind === 'table' ? upload.table.headers : upload.file.headers, request)
  const file =
    upload.kind === 'table' ? await asFileError(request, () => featuresFromTable(upload.table, mapping)) : upload.file
  const { srid, problems } = chooseSrid(file, request)
  const mapped = file.features.map((f) => ({ row: f.row, ...mapRow(f.properties, f.row, mapping) }))
  const geometries = file.features.map((f) =>
    f.geometry && request.shifted
      ? { ...f.geometry, coordinates: unshiftGeometry(f.geometry.coordinates, request.shifted) }
      : f.geometry,
  )
  const tooComplex = outlinesOverVertexLimit(file.features)
  const inputs = mapped.flatMap((m, i) =>
    tooComplex.has(m.row)
      ? []
      : [
          {
            row: m.row,
            code: String(m.fields.code ?? `#${m.row}`),
            geometryJson: geometries[i] ? JSON.stringify(geometries[i]) : null,
          },
        ],
  )
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return { srid, notes: file.notes ?? [], mapping, problems, mapped, inputs, tooComplex, sha256 }
}
