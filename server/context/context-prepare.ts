/**
 * Reading a file of roads, railways, rivers or water for the context layer, through the import engine's own reading
 * (formats, encodings, CRS diagnosis, shifted web-map coordinates): lines and polygons, each with its name if a
 * column holds one. Runs in the import thread, like the land import's first half.
 */
import { ApiError } from '../http/api-error.js'
import { defaultLimits, refuseBadFeatures } from '../imports/geojson-reader.js'
import type { ImportFormat } from '../imports/import-formats.js'
import { render, said } from '../imports/import-messages.js'
import {
  asFileError,
  bytesOf,
  chooseSrid,
  langOf,
  readUpload,
  type UploadedFile,
  unshiftGeometry,
} from '../imports/import-read.js'

/** The formats whose readers give lines as well as polygons. */
export const contextFormats: readonly ImportFormat[] = ['geojson', 'shapefile', 'dxf']

export interface ContextFileRequest extends UploadedFile {
  /** The column holding each feature's name; guessed from the usual headers when not given. */
  nameColumn?: string
}

export interface ContextInput {
  row: number
  name: string | null
  geometryJson: string
}

export interface PreparedContext {
  srid: number
  nameColumn: string | null
  features: ContextInput[]
}

/** Headers that usually hold a road's, river's or lake's name, in the order they are tried. */
const NAME_HEADERS = ['name', 'NAME', 'Name', '名称', 'MC', '道路名称', 'DLMC', 'ROADNAME', 'RNAME', 'HLMC', '河流名称']

function nameColumnOf(headers: readonly string[], request: ContextFileRequest): string | null {
  if (request.nameColumn === undefined) return NAME_HEADERS.find((h) => headers.includes(h)) ?? null
  if (headers.includes(request.nameColumn)) return request.nameColumn
  throw new ApiError(
    'invalid_mapping',
    render(said('mapping_unknown_column', { column: request.nameColumn }), langOf(request)),
  )
}

export async function prepareContext(request: ContextFileRequest): Promise<PreparedContext> {
  if (!contextFormats.includes(request.format))
    throw new ApiError('invalid_request', `format: a context layer is read from ${contextFormats.join(', ')}`)
  const upload = await readUpload(request, bytesOf(request), { ...defaultLimits, lines: true })
  if (upload.kind !== 'features') throw new ApiError('invalid_request', 'format: a context layer needs geometries')
  const file = await asFileError(request, () => refuseBadFeatures(upload.file))
  const { srid } = chooseSrid(file, request)
  const nameColumn = nameColumnOf(file.headers, request)
  const features = file.features.flatMap((f) => {
    if (!f.geometry) return []
    const coordinates = request.shifted
      ? unshiftGeometry(f.geometry.coordinates, request.shifted)
      : f.geometry.coordinates
    const name = nameColumn ? f.properties[nameColumn]?.trim() || null : null
    return [{ row: f.row, name, geometryJson: JSON.stringify({ type: f.geometry.type, coordinates }) }]
  })
  return { srid, nameColumn, features }
}
