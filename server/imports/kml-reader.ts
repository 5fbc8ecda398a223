/**
 * KML from 奥维 or Google Earth, and KMZ (its zip): parsed by @xmldom/xmldom (no external entities, no DTD
 * expansion) and @tmcw/togeojson. KML is longitude/latitude by definition (EPSG:4326); from a Chinese basemap it is
 * GCJ-02, which the person importing says. Areas drawn as closed lines count as outlines; pins and open lines are
 * not land and are skipped with a note.
 */
import { kml } from '@tmcw/togeojson'
import { DOMParser } from '@xmldom/xmldom'
import type { Feature, Geometry, Position } from 'geojson'
import {
  defaultLimits,
  ImportFileError,
  type ImportLimits,
  type ReadFile,
  readFeatures,
  tooLarge,
} from './geojson-reader.js'
import { said } from './import-messages.js'
import { defaultZipLimits, unzipSafely } from './safe-unzip.js'
import { decodeVerified } from './shapefile-meta.js'

/** togeojson's styling, not attributes of the land. */
const STYLE_KEYS = new Set([
  'styleUrl',
  'styleHash',
  'styleMapHash',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'fill',
  'fill-opacity',
  'visibility',
  'icon',
  'icon-scale',
  'icon-color',
  'icon-opacity',
  'label-scale',
  'label-color',
  'label-opacity',
  'timespan',
  'timestamp',
])

const flat2d = (ring: Position[]) => ring.map((p) => [p[0]!, p[1]!])

/** A placemark's geometry as land: polygons as they are, closed lines as outlines, anything else null. */
function outlineOf(geometry: Geometry | null): { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null {
  if (!geometry) return null
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(flat2d) }
  if (geometry.type === 'MultiPolygon')
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(flat2d)) }
  if (geometry.type === 'LineString') {
    const line = geometry.coordinates
    const closed =
      line.length >= 4 && line[0]![0] === line[line.length - 1]![0] && line[0]![1] === line[line.length - 1]![1]
    return closed ? { type: 'Polygon', coordinates: [flat2d(line)] } : null
  }
  if (geometry.type === 'GeometryCollection') {
    const parts = geometry.geometries.map(outlineOf)
    if (parts.length === 0 || parts.some((p) => p === null)) return null
    const polygons = parts.flatMap((p) => (p!.type === 'Polygon' ? [p!.coordinates] : (p!.coordinates as unknown[])))
    return { type: 'MultiPolygon', coordinates: polygons }
  }
  return null
}

function parseXml(bytes: Uint8Array): Document {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const declared = /encoding=["'](gb2312|gbk|gb18030)["']/i.test(head) ? 'gbk' : 'utf8'
  const { text } = decodeVerified(bytes, declared, 'KML')
  let doc: ReturnType<DOMParser['parseFromString']>
  try {
    doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml')
  } catch (e) {
    throw new ImportFileError(said('not_kml', { reason: (e as Error).message.split('\n')[0]! }))
  }
  if (doc.documentElement?.nodeName.replace(/^.*:/, '') !== 'kml') throw new ImportFileError(said('not_kml_root'))
  return doc as unknown as Document
}

export function readKml(bytes: Uint8Array, limits: ImportLimits = defaultLimits): ReadFile {
  if (bytes.length > limits.maxBytes) throw tooLarge(limits)
  let collection: { features: Feature[] }
  try {
    collection = kml(parseXml(bytes)) as { features: Feature[] }
  } catch (e) {
    if (e instanceof ImportFileError) throw e
    throw new ImportFileError(said('kml_unreadable', { reason: (e as Error).message }))
  }
  const land: unknown[] = []
  let skipped = 0
  for (const placemark of collection.features) {
    const geometry = outlineOf(placemark.geometry)
    if (!geometry) {
      skipped++
      continue
    }
    const properties = Object.fromEntries(
      Object.entries(placemark.properties ?? {}).filter(([k]) => !STYLE_KEYS.has(k)),
    )
    land.push({ type: 'Feature', properties, geometry })
  }
  const read = readFeatures(land, 4326, limits)
  return { ...read, notes: skipped > 0 ? [said('note_placemarks_skipped', { count: skipped })] : [] }
}

/** A KMZ: the zip's main .kml (doc.kml, else the first), opened safely. */
export function readKmz(archive: Uint8Array, limits: ImportLimits = defaultLimits): ReadFile {
  if (archive.length > limits.maxBytes) throw tooLarge(limits)
  const entries = unzipSafely(archive, defaultZipLimits)
  const names = [...entries.keys()].filter((n) => /\.kml$/i.test(n))
  const main = names.find((n) => /(^|\/)doc\.kml$/i.test(n)) ?? names[0]
  if (!main) throw new ImportFileError(said('no_kml_in_kmz'))
  return readKml(entries.get(main)!, limits)
}
