/**
 * The first half of an import, all of it CPU and none of it database: read the file, map its columns, choose its CRS,
 * type every row and find the outlines too complex to check. Runs in the import thread (`import-thread.ts`), so a
 * large file never holds up the server's own thread.
 */
import { createHash } from 'node:crypto'
import { ApiError } from '../http/api-error.js'
import { type CodeRule, nameUnlabelled } from './code-naming.js'
import type { CrsProblem } from './crs-diagnose.js'
import { mapRow } from './field-mapping.js'
import { type ColumnMapping, proposeMapping, samplesOf } from './field-synonyms.js'
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
  /** How to name the parcels the file leaves without a code (a CAD drawing without labels). */
  codeRule?: CodeRule
  /** A saved mapping's fields: applied to the columns the file has, over the proposal. */
  profileFields?: Record<string, MappableField | null>
  /** Changes to the proposed (or given) mapping: a column to another field, or to none (null). */
  mappingChanges?: Record<string, MappableField | null>
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

function mappingFor(
  headers: readonly string[],
  request: FileRequest,
  samples: ColumnMapping['samples'],
): ColumnMapping {
  const proposed = proposeMapping(headers)
  const saved = Object.entries(request.profileFields ?? {}).filter(([column]) => headers.includes(column))
  const changes = { ...Object.fromEntries(saved), ...request.mappingChanges }
  const changed = withChanges(request.mapping ?? proposed.fields, changes)
  // In the file's order of columns, whatever order the changes came in.
  const fields = Object.fromEntries(headers.filter((h) => h in changed).map((h) => [h, changed[h]!]))
  const named = [...Object.keys(changed), ...Object.keys(request.mappingChanges ?? {})]
  const unknown = named.find((column) => !headers.includes(column))
  if (unknown !== undefined)
    throw new ApiError('invalid_mapping', render(said('mapping_unknown_column', { column: unknown }), langOf(request)))
  const unmatched = headers.filter((h) => !(h in fields))
  return { fields, unmatched, areaUnit: request.areaUnit ?? proposed.areaUnit, samples }
}

/** A changed column takes its new field, and a field keeps one column: the column that held it before lets it go. */
function withChanges(fields: Record<string, MappableField>, changes: Record<string, MappableField | null>) {
  const changed = { ...fields }
  for (const [column, field] of Object.entries(changes)) {
    for (const [other, held] of Object.entries(changed)) if (field !== null && held === field) delete changed[other]
    if (field === null) delete changed[column]
    else changed[column] = field
  }
  return changed
}

const pointJsonOf = (point: [number, number] | undefined, shifted: FileRequest['shifted']) =>
  point ? JSON.stringify({ type: 'Point', coordinates: shifted ? unshiftGeometry(point, shifted) : point }) : null

/** The file read, its columns mapped, and codes given by the planner's rule where the file has none. */
async function readAndMap(request: FileRequest, bytes: Uint8Array) {
  const upload = await readUpload(request, bytes)
  const headers = upload.kind === 'table' ? upload.table.headers : upload.file.headers
  const rows =
    upload.kind === 'table' ? upload.table.rows.map((r) => r.values) : upload.file.features.map((f) => f.properties)
  const mapping = mappingFor(headers, request, samplesOf(headers, rows))
  const read =
    upload.kind === 'table' ? await asFileError(request, () => featuresFromTable(upload.table, mapping)) : upload.file
  const codeColumn = Object.keys(mapping.fields).find((c) => mapping.fields[c] === 'code') ?? null
  const { features, codeFrom } = nameUnlabelled(read.features, codeColumn, request.codeRule)
  return { file: { ...read, features }, mapping, codeFrom }
}

export async function prepareImport(request: FileRequest): Promise<PreparedImport> {
  const bytes = bytesOf(request)
  const { file, mapping, codeFrom } = await readAndMap(request, bytes)
  const { srid, problems } = chooseSrid(file, request)
  const mapped = file.features.map((f) => ({
    row: f.row,
    ...mapRow(f.properties, f.row, mapping),
    ...(f.problem ? { unreadable: f.problem } : {}),
    ...(f.point ? { located: true } : {}),
    codeFrom: codeFrom.get(f.row) ?? null,
  }))
  const geometries = file.features.map((f) =>
    f.geometry && request.shifted
      ? { ...f.geometry, coordinates: unshiftGeometry(f.geometry.coordinates, request.shifted) }
      : f.geometry,
  )
  const tooComplex = outlinesOverVertexLimit(file.features)
  const inputs = mapped.flatMap((m, i) =>
    tooComplex.has(m.row) || m.unreadable
      ? []
      : [
          {
            row: m.row,
            code: String(m.fields.code ?? `#${m.row}`),
            geometryJson: geometries[i] ? JSON.stringify(geometries[i]) : null,
            pointJson: pointJsonOf(file.features[i]!.point, request.shifted),
          },
        ],
  )
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return { srid, notes: file.notes ?? [], mapping, problems, mapped, inputs, tooComplex, sha256 }
}
