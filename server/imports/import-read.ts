/**
 * Reading an uploaded file, whatever it is imported into (parcels, or the context layer): its bytes, the reader for
 * its format, and the CRS its coordinates are in, each refusal a 400 that names the file. Runs in the import thread.
 */
import { ApiError } from '../http/api-error.js'
import { type ShiftedSystem, unshift } from './china-offsets.js'
import { type CrsProblem, diagnoseCoordinates } from './crs-diagnose.js'
import { readDxf, readDxfShapes } from './dxf-reader.js'
import {
  defaultLimits,
  ImportFileError,
  type ImportLimits,
  type ReadFile,
  readGeoJson,
  sampleCoordinates,
} from './geojson-reader.js'
import type { ImportFormat } from './import-formats.js'
import { type Lang, render, said } from './import-messages.js'
import { joined } from './import-present.js'
import { readKml, readKmz } from './kml-reader.js'
import { readShapefileZip } from './shapefile-reader.js'
import { readCsv, readXlsx, type TableRead } from './table-reader.js'

/** What every import reads: the file, how it is sent, and what the sender says about its coordinates. */
export interface UploadedFile {
  fileName: string
  format: ImportFormat
  /** The file: GeoJSON or KML may come as text, every format as bytes, or as base64 text to be decoded here. */
  content: string | Uint8Array
  contentEncoding?: 'text' | 'base64'
  srid?: number
  shifted?: ShiftedSystem
  layer?: string
  hintLon?: number
  lang?: Lang
}

export const langOf = (request: { lang?: Lang }): Lang => request.lang ?? 'en'

const BLOCKING: readonly CrsProblem['code'][] = [
  'degrees_declared_projected',
  'metres_declared_degrees',
  'zone_prefix_mismatch',
  'zone_prefix_undeclared',
  'swapped_axes',
  'unknown_crs',
  'not_finite',
]

export type Upload = { kind: 'features'; file: ReadFile } | { kind: 'table'; table: TableRead }

/** A reader's complaint about the file, as the 400 that names the file. */
export async function asFileError<T>(request: UploadedFile, read: () => T | Promise<T>): Promise<T> {
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

export function bytesOf(request: UploadedFile): Uint8Array {
  if (typeof request.content !== 'string') return request.content
  return request.contentEncoding === 'base64'
    ? Buffer.from(request.content, 'base64')
    : new TextEncoder().encode(request.content)
}

export function readUpload(
  request: UploadedFile,
  bytes: Uint8Array,
  limits: ImportLimits = defaultLimits,
): Promise<Upload> {
  return asFileError(request, async (): Promise<Upload> => {
    switch (request.format) {
      case 'shapefile':
        return { kind: 'features', file: await readShapefileZip(bytes, limits) }
      case 'kml':
        return { kind: 'features', file: readKml(bytes) }
      case 'kmz':
        return { kind: 'features', file: readKmz(bytes) }
      case 'dxf':
        return {
          kind: 'features',
          file: limits.lines ? readDxfShapes(bytes, request.layer, limits) : readDxf(bytes, request.layer),
        }
      case 'xlsx':
        return { kind: 'table', table: await readXlsx(bytes) }
      case 'csv':
        return { kind: 'table', table: readCsv(bytes) }
      case 'geojson':
        return { kind: 'features', file: readGeoJson(new TextDecoder().decode(bytes), limits) }
    }
  })
}

/** The CRS to read the file in, or a 400 saying what the coordinates look like instead. */
export function chooseSrid(file: ReadFile, request: UploadedFile): { srid: number; problems: CrsProblem[] } {
  // A land list joined by code carries no coordinates: the stored outlines are already WGS84.
  if (file.features.every((f) => f.geometry === null && !f.point)) return { srid: 4326, problems: [] }
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

/** Coordinates taken off a shifted web map (GCJ-02, BD-09) moved back to WGS84, at every depth. */
export function unshiftGeometry(coordinates: unknown, from: ShiftedSystem): unknown {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number')
    return unshift(coordinates as [number, number], from)
  return (coordinates as unknown[]).map((c) => unshiftGeometry(c, from))
}
