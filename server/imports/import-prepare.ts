/**
 * The first half of an import, all of it CPU and none of it database: read the file, map its columns, choose its CRS,
 * type every row and find the outlines too complex to check. Runs in the import thread (`import-thread.ts`), so a
 * large file never holds up the server's own thread.
 */
import { createHash } from 'node:crypto'
import { ApiError } from '../http/api-error.js'
import { type ShiftedSystem, unshift } from './china-offsets.js'
import { type CrsProblem, diagnoseCoordinates } from './crs-diagnose.js'
import { readDxf } from './dxf-reader.js'
import { type ColumnMapping, mapRow, proposeMapping } from './field-mapping.js'
import { ImportFileError, type ReadFile, readGeoJson, sampleCoordinates } from './geojson-reader.js'
import type { ImportFormat } from './import-formats.js'
import { type Lang, render, type Said, said } from './import-messages.js'
import { joined } from './import-present.js'
import type { PreviewInput } from './import-preview.repo.js'
import type { MappedFeature } from './import-report.js'
import { readKml, readKmz } from './kml-reader.js'
import type { AreaUnit, MappableField } from './mappable-fields.js'
import { readShapefileZip } from './shapefile-reader.js'
import { featuresFromTable } from './table-features.js'
import { readCsv, readXlsx, type TableRead } from './table-reader.js'
import { outlinesOverVertexLimit } from './vertex-limits.js'

/** What the import thread is asked to read: the request without its actor, the content still as sent. */
export interface FileRequest {
  fileName: string
  format: ImportFormat
  /** The file: GeoJSON or KML may come as text, every format as bytes, or as base64 text to be decoded here. */
  content: string | Uint8Array
  contentEncoding?: 'text' | 'base64'
  srid?: number
  shifted?: ShiftedSystem
  mapping?: Record<string, MappableField>
  areaUnit?: AreaUnit
  layer?: string
  hintLon?: number
  lang?: Lang
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

const BLOCKING: readonly CrsProblem['code'][] = [
  'degrees_declared_projected',
  'metres_declared_degrees',
  'zone_prefix_mismatch',
  'zone_prefix_undeclared',
  'swapped_axes',
  'unknown_crs',
  'not_finite',
]

type Upload = { kind: 'features'; file: ReadFile } | { kind: 'table'; table: TableRead }

export const langOf = (request: { lang?: Lang }): Lang => request.lang ?? 'en'

/** A reader's complaint about the file, as the 400 that names the file. */
async function asFileError<T>(request: FileRequest, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (e) {
    if (e instanceof ImportFileError)
      throw new ApiError(
        'invalid_file',
        render(said('in_file', { file: request.fileName, what: e.said }), langOf(request)),
      )
    throw e
  }
}

function bytesOf(request: FileRequest): Uint8Array {
  if (typeof request.content !== 'string') return request.content
  return request.contentEncoding === 'base64'
    ? Buffer.from(request.content, 'base64')
    : new TextEncoder().encode(request.content)
}

function readUpload(request: FileRequest, bytes: Uint8Array): Promise<Upload> {
  return asFileError(request, async (): Promise<Upload> => {
    switch (request.format) {
      case 'shapefile':
        return { kind: 'features', file: await readShapefileZip(bytes) }
      case 'kml':
        return { kind: 'features', file: readKml(bytes) }
      case 'kmz':
        return { kind: 'features', file: readKmz(bytes) }
      case 'dxf':
        return { kind: 'features', file: readDxf(bytes, request.layer) }
      case 'xlsx':
        return { kind: 'table', table: await readXlsx(bytes) }
      case 'csv':
        return { kind: 'table', table: readCsv(bytes) }
      case 'geojson':
        return { kind: 'features', file: readGeoJson(new TextDecoder().decode(bytes)) }
    }
  })
}

/** The CRS to read the file in, or a 400 saying what the coordinates look like instead. */
function chooseSrid(file: ReadFile, request: FileRequest): { srid: number; problems: CrsProblem[] } {
  // A land list joined by code carries no coordinates: the stored outlines are already WGS84.
  if (file.features.every((f) => f.geometry === null)) return { srid: 4326, problems: [] }
  const declared = request.srid ?? file.srid
  const diagnosis = diagnoseCoordinates(sampleCoordinates(file), declared ?? null, request.hintLon)
  const blocking = diagnosis.problems.filter((p) => BLOCKING.includes(p.code))
  const lang = langOf(request)
  if (blocking.length > 0 || declared === null) {
    const advice =
      blocking.length > 0
        ? joined(
            blocking.map((p) => p.said),
            lang,
          )
        : render(said(diagnosis.kind === 'degrees' ? 'crs_missing_degrees' : 'crs_missing'), lang)
    throw new ApiError('invalid_crs', render(said('in_file', { file: request.fileName, what: advice }), lang))
  }
  if (request.shifted && declared !== 4326 && declared !== 4490)
    throw new ApiError('invalid_crs', render(said('crs_shifted_needs_degrees'), lang))
  return { srid: declared, problems: diagnosis.problems }
}

function mappingFor(headers: readonly string[], request: FileRequest): ColumnMapping {
  const proposed = proposeMapping(headers)
  const fields = request.mapping ?? proposed.fields
  const unknown = Object.keys(fields).find((column) => !headers.includes(column))
  if (unknown !== undefined)
    throw new ApiError('invalid_mapping', render(said('mapping_unknown_column', { column: unknown }), langOf(request)))
  return { fields, unmatched: headers.filter((h) => !(h in fields)), areaUnit: request.areaUnit ?? proposed.areaUnit }
}

function unshiftGeometry(coordinates: unknown, from: ShiftedSystem): unknown {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number')
    return unshift(coordinates as [number, number], from)
  return (coordinates as unknown[]).map((c) => unshiftGeometry(c, from))
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
