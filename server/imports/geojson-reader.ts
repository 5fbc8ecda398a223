/**
 * Pure reading of an uploaded GeoJSON land file into rows (properties as text) and polygon geometries, within the
 * limits every import door shares: the file's size, the number of features, the nesting of coordinates. The CRS
 * comes from the file's legacy `crs` member when present (GIS exports of Chinese data still write it).
 */
import { english, type Said, said } from './import-messages.js'

export interface ImportLimits {
  maxBytes: number
  maxFeatures: number
  /** Polygon coordinates nest 4 deep, MultiPolygon 5: anything deeper is not land. */
  maxDepth: number
  /** Lines too (roads, railways, rivers for the context layer); land is polygons only. */
  lines?: boolean
}

export const defaultLimits: ImportLimits = { maxBytes: 50 * 1024 * 1024, maxFeatures: 50_000, maxDepth: 5 }

export class ImportFileError extends Error {
  constructor(
    readonly said: Said,
    readonly row?: number,
  ) {
    super(english(said))
    this.name = 'ImportFileError'
  }
}

/** The one refusal of a file over the size limit, whatever its format. */
export const tooLarge = (limits: ImportLimits) =>
  new ImportFileError(said('too_large', { mb: limits.maxBytes / 1024 / 1024 }))

export interface ReadFeature {
  /** 1-based position in the file: what error messages name. */
  row: number
  properties: Record<string, string>
  /** Null for a land list without coordinates: the row is joined by its code to the outline already stored. */
  geometry: { type: FeatureGeometryType; coordinates: unknown } | null
  /** Why the feature's geometry cannot be read (then null): reported on its row, with every other feature's. */
  problem?: Said
  /** A land list's location point (one coordinate pair per parcel code), in the file's CRS: checked, not stored. */
  point?: [number, number]
}

export type FeatureGeometryType = 'Polygon' | 'MultiPolygon' | 'LineString' | 'MultiLineString'

export interface ReadFile {
  srid: number | null
  headers: string[]
  features: ReadFeature[]
  /** What reading noticed and handled (an encoding other than declared, axes in surveyors' order…). */
  notes?: Said[]
}

/** `urn:ogc:def:crs:EPSG::4549`, `EPSG:4549`, `urn:ogc:def:crs:OGC:1.3:CRS84` (= 4326). */
export function sridOfCrsName(name: string): number | null {
  if (/CRS84$/i.test(name)) return 4326
  const match = /EPSG:{1,2}(\d{4,5})$/i.exec(name.trim())
  return match ? Number(match[1]) : null
}

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (!Array.isArray(value)) return depth
  if (depth > limit) return depth
  let deepest = depth + 1
  for (const item of value) {
    deepest = Math.max(deepest, depthOf(item, limit, depth + 1))
    if (deepest > limit) break
  }
  return deepest
}

function checkCoordinates(coordinates: unknown, row: number, limits: ImportLimits) {
  if (depthOf(coordinates, limits.maxDepth) > limits.maxDepth)
    throw new ImportFileError(said('too_deep', { row, max: limits.maxDepth }), row)
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item)
      return
    }
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new ImportFileError(said('not_finite', { row, value: String(value) }), row)
  }
  walk(coordinates)
}

/** Each ring closed, with at least four positions: PostGIS refuses anything less for the whole file. */
function checkRings(type: 'Polygon' | 'MultiPolygon', coordinates: unknown, row: number) {
  const polygons = (type === 'Polygon' ? [coordinates] : coordinates) as unknown[][][]
  if (!Array.isArray(polygons) || polygons.some((rings) => !Array.isArray(rings) || rings.length === 0))
    throw new ImportFileError(said('no_rings', { row }), row)
  for (const ring of polygons.flat()) {
    if (!Array.isArray(ring) || ring.length < 2) throw new ImportFileError(said('short_ring', { row }), row)
    // An open ring is named as such, however few its points: closing it is the fix, not adding points.
    const [first, last] = [ring[0] as number[], ring[ring.length - 1] as number[]]
    if (first[0] !== last[0] || first[1] !== last[1]) throw new ImportFileError(said('open_ring', { row }), row)
    if (ring.length < 4) throw new ImportFileError(said('short_ring', { row }), row)
  }
}

/** Each line with at least two positions. */
function checkLines(type: 'LineString' | 'MultiLineString', coordinates: unknown, row: number) {
  const lines = (type === 'LineString' ? [coordinates] : coordinates) as unknown[][]
  if (!Array.isArray(lines) || lines.some((line) => !Array.isArray(line) || line.length < 2))
    throw new ImportFileError(said('short_line', { row }), row)
}

const asText = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)

type RawFeature = {
  type?: unknown
  geometry?: { type?: unknown; coordinates?: unknown } | null
  properties?: Record<string, unknown> | null
}

const propertiesOf = (f: RawFeature | null | undefined) =>
  Object.fromEntries(Object.entries(f?.properties ?? {}).map(([k, v]) => [k, asText(v)]))

/** A feature read, or kept with the reason its geometry cannot be, so one pass finds every bad feature. */
function readOrNote(feature: unknown, row: number, limits: ImportLimits): ReadFeature {
  try {
    return readFeature(feature as RawFeature, row, limits)
  } catch (e) {
    if (!(e instanceof ImportFileError)) throw e
    const properties = typeof feature === 'object' ? propertiesOf(feature as RawFeature) : {}
    return { row, properties, geometry: null, problem: e.said }
  }
}

function readFeature(f: RawFeature, row: number, limits: ImportLimits): ReadFeature {
  if (f?.type !== 'Feature') throw new ImportFileError(said('not_feature', { row }), row)
  const type = f.geometry?.type
  const isLine = type === 'LineString' || type === 'MultiLineString'
  if (isLine && limits.lines) {
    checkCoordinates(f.geometry!.coordinates, row, limits)
    checkLines(type, f.geometry!.coordinates, row)
  } else {
    if (type !== 'Polygon' && type !== 'MultiPolygon')
      throw new ImportFileError(
        said(limits.lines ? 'not_line_or_polygon' : 'not_polygon', { row, type: String(type ?? 'missing') }),
        row,
      )
    checkCoordinates(f.geometry!.coordinates, row, limits)
    checkRings(type, f.geometry!.coordinates, row)
  }
  return { row, properties: propertiesOf(f), geometry: { type, coordinates: f.geometry!.coordinates } }
}

export function readGeoJson(text: string, limits: ImportLimits = defaultLimits): ReadFile {
  if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) throw tooLarge(limits)
  let parsed: { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } }
  try {
    parsed = JSON.parse(text) as typeof parsed
  } catch (e) {
    throw new ImportFileError(said('not_json', { reason: (e as Error).message }))
  }
  if (parsed?.type !== 'FeatureCollection' || !Array.isArray(parsed.features))
    throw new ImportFileError(said('not_feature_collection'))
  const crsName = parsed.crs?.properties?.name
  const srid = typeof crsName === 'string' ? sridOfCrsName(crsName) : null
  if (typeof crsName === 'string' && srid === null)
    throw new ImportFileError(said('unknown_crs_name', { name: crsName }))
  return readFeatures(parsed.features, srid, limits)
}

/** Features from any reader (GeoJSON, Shapefile…) checked as land, within the limits. */
export function readFeatures(
  features: readonly unknown[],
  srid: number | null,
  limits: ImportLimits = defaultLimits,
): ReadFile {
  if (features.length > limits.maxFeatures)
    throw new ImportFileError(said('too_many_features', { n: features.length, max: limits.maxFeatures }))
  const read = features.map((f, i) => readOrNote(f, i + 1, limits))
  return { srid, headers: [...new Set(read.flatMap((f) => Object.keys(f.properties)))], features: read }
}

/** For a door that takes a file whole or not at all (the context layer): its first bad feature, and how many more. */
export function refuseBadFeatures(file: ReadFile): ReadFile {
  const bad = file.features.filter((f) => f.problem)
  if (bad.length === 0) return file
  const first = bad[0]!
  throw new ImportFileError(
    bad.length === 1 ? first.problem! : said('more_bad_features', { first: first.problem!, count: bad.length - 1 }),
    first.row,
  )
}

/** A few coordinates from across the file, for the CRS diagnosis: the first vertex of up to `count` features. */
export function sampleCoordinates(file: ReadFile, count = 50): [number, number][] {
  const step = Math.max(1, Math.floor(file.features.length / count))
  const samples: [number, number][] = []
  for (let i = 0; i < file.features.length && samples.length < count; i += step) {
    let value: unknown = file.features[i]!.geometry?.coordinates ?? file.features[i]!.point
    while (Array.isArray(value) && Array.isArray(value[0])) value = value[0]
    if (Array.isArray(value) && value.length >= 2) samples.push([value[0] as number, value[1] as number])
  }
  return samples
}
