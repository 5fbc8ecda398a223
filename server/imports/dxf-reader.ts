/**
 * A CAD drawing of red lines (DXF, parsed by dxf-parser): each closed polyline is a parcel's outline, arcs (bulges)
 * drawn as 5° chords; the text written inside an outline is its label, the first that is not an area its code.
 * A DXF names no coordinate system: the person importing chooses it. AutoCAD 2007 and later write UTF-8; older
 * drawings use the code page in $DWGCODEPAGE (ANSI_936 is GBK).
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import DxfParser, {
  type IDxf,
  type IEntity,
  type ILineEntity,
  type ILwpolylineEntity,
  type IMtextEntity,
  type IPolylineEntity,
  type ITextEntity,
} from 'dxf-parser'
import {
  defaultLimits,
  ImportFileError,
  type ImportLimits,
  type ReadFile,
  readFeatures,
  tooLarge,
} from './geojson-reader.js'
import { said } from './import-messages.js'
import { type DbfEncoding, decodeVerified } from './shapefile-meta.js'

type Point = [number, number]

const ARC_STEP = Math.PI / 36

/** The points along an arc from a to b whose bulge is tan(θ/4), θ its signed angle; a and b themselves excluded. */
export function arcPoints(a: Point, b: Point, bulge: number): Point[] {
  const theta = 4 * Math.atan(bulge)
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]]
  const chord = Math.hypot(dx, dy)
  if (chord === 0 || bulge === 0) return []
  const offset = chord / (2 * Math.tan(theta / 2))
  const centre: Point = [(a[0] + b[0]) / 2 - (offset * dy) / chord, (a[1] + b[1]) / 2 + (offset * dx) / chord]
  const radius = Math.hypot(a[0] - centre[0], a[1] - centre[1])
  const start = Math.atan2(a[1] - centre[1], a[0] - centre[0])
  const steps = Math.max(2, Math.ceil(Math.abs(theta) / ARC_STEP))
  return Array.from({ length: steps - 1 }, (_, k) => {
    const angle = start + (theta * (k + 1)) / steps
    return [centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)] as Point
  })
}

type Vertex = { x: number; y: number; bulge?: number }

/** An open polyline's points with its arcs drawn as chords. */
function pathOf(vertices: readonly Vertex[]): Point[] {
  const points = vertices.map((v) => [v.x, v.y] as Point)
  return points.flatMap((p, i) =>
    i + 1 < points.length ? [p, ...arcPoints(p, points[i + 1]!, vertices[i]!.bulge ?? 0)] : [p],
  )
}

/** A polyline's ring with its arcs, or null when it is open. */
function ringOf(vertices: readonly Vertex[], closedFlag: boolean): Point[] | null {
  const points = vertices.map((v) => [v.x, v.y] as Point)
  const closesItself =
    points.length > 2 &&
    points[0]![0] === points[points.length - 1]![0] &&
    points[0]![1] === points[points.length - 1]![1]
  if (!closedFlag && !closesItself) return null
  if (closesItself) points.pop()
  const ring: Point[] = []
  points.forEach((p, i) => {
    ring.push(p)
    ring.push(...arcPoints(p, points[(i + 1) % points.length]!, vertices[i]!.bulge ?? 0))
  })
  return [...ring, ring[0]!]
}

/** MTEXT's inline formatting (\P new paragraph, {\fSimSun;…}, \U+XXXX) to plain text. */
export function plainText(text: string): string {
  return text
    .replace(/\\U\+([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\P/g, ' ')
    .replace(/\\[A-Za-z][^;\\{}]*;/g, '')
    .replace(/[{}]/g, '')
    .trim()
}

const AREA_WORDS = /面积|亩|㎡|m2|m²|平方米|公顷|^[\d.,\s]+$/i

function encodingOf(bytes: Uint8Array): DbfEncoding | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 65_536))
  const version = /\$ACADVER\s*\r?\n\s*1\s*\r?\n\s*AC(\d{4})/.exec(head)
  if (version && Number(version[1]) >= 1021) return 'utf8'
  const page = /\$DWGCODEPAGE\s*\r?\n\s*3\s*\r?\n\s*(\S+)/.exec(head)
  return page && /936|gb/i.test(page[1]!) ? 'gbk' : null
}

function parseDxf(bytes: Uint8Array): IDxf {
  const { text } = decodeVerified(bytes, encodingOf(bytes), 'DXF')
  try {
    const dxf = new DxfParser().parseSync(text)
    if (!dxf?.entities) throw new Error('no ENTITIES section')
    return dxf
  } catch (e) {
    throw new ImportFileError(said('not_dxf', { reason: (e as Error).message }))
  }
}

interface Outline {
  ring: Point[]
  layer: string
  handle: string
}

function outlinesOf(entities: readonly IEntity[]): { outlines: Outline[]; open: number } {
  const outlines: Outline[] = []
  let open = 0
  for (const entity of entities) {
    if (entity.type !== 'LWPOLYLINE' && entity.type !== 'POLYLINE') continue
    const polyline = entity as ILwpolylineEntity | IPolylineEntity
    const ring = ringOf(polyline.vertices, polyline.shape)
    if (ring && ring.length >= 4)
      outlines.push({ ring, layer: entity.layer ?? '0', handle: String(entity.handle ?? '') })
    else open++
  }
  return { outlines, open }
}

function labelsOf(entities: readonly IEntity[]): { at: Point; text: string }[] {
  return entities
    .flatMap((e) => {
      if (e.type === 'TEXT')
        return [
          {
            at: [(e as ITextEntity).startPoint.x, (e as ITextEntity).startPoint.y] as Point,
            text: plainText((e as ITextEntity).text ?? ''),
          },
        ]
      if (e.type === 'MTEXT')
        return [
          {
            at: [(e as IMtextEntity).position.x, (e as IMtextEntity).position.y] as Point,
            text: plainText((e as IMtextEntity).text ?? ''),
          },
        ]
      return []
    })
    .filter((l) => l.text !== '')
}

/** Reads the drawing's closed outlines, on one layer when `layer` is given. */
export function readDxf(bytes: Uint8Array, layer?: string, limits: ImportLimits = defaultLimits): ReadFile {
  if (bytes.length > limits.maxBytes) throw tooLarge(limits)
  const dxf = parseDxf(bytes)
  const all = outlinesOf(dxf.entities)
  const byLayer = new Map<string, Outline[]>()
  for (const o of all.outlines) byLayer.set(o.layer, [...(byLayer.get(o.layer) ?? []), o])
  if (layer !== undefined && !byLayer.has(layer))
    throw new ImportFileError(said('no_layer', { layer, layers: [...byLayer.keys()].join(', ') || '—' }))
  const outlines = layer === undefined ? all.outlines : byLayer.get(layer)!
  if (outlines.length === 0) throw new ImportFileError(said('no_outlines'))
  const labels = labelsOf(dxf.entities)
  const features = outlines.map((o) => {
    const inside = labels
      .filter((l) => booleanPointInPolygon(l.at, { type: 'Polygon', coordinates: [o.ring] }))
      .map((l) => l.text)
    const code = inside.find((t) => !AREA_WORDS.test(t)) ?? ''
    return {
      type: 'Feature',
      properties: { 编号: code, 标注: inside.join('；'), 图层: o.layer, 句柄: o.handle },
      geometry: { type: 'Polygon', coordinates: [o.ring] },
    }
  })
  const notes = [
    ...(byLayer.size > 1 && layer === undefined
      ? [
          said('note_dxf_layers', {
            n: byLayer.size,
            layers: [...byLayer].map(([name, list]) => `${name}: ${list.length}`).join(', '),
          }),
        ]
      : []),
    ...(all.open > 0 ? [said('note_dxf_open', { count: all.open })] : []),
  ]
  return { ...readFeatures(features, null, limits), notes }
}

/**
 * For the context layer: every polyline of the drawing (on one layer when `layer` is given), closed ones as areas and
 * open ones and LINEs as lines, with the layer each is on; no labels (roads and rivers carry their names elsewhere).
 */
export function readDxfShapes(bytes: Uint8Array, layer?: string, limits: ImportLimits = defaultLimits): ReadFile {
  if (bytes.length > limits.maxBytes) throw tooLarge(limits)
  const entities = parseDxf(bytes).entities.filter((e) => layer === undefined || (e.layer ?? '0') === layer)
  const features = entities.flatMap((entity) => {
    const properties = { 图层: entity.layer ?? '0', 句柄: String(entity.handle ?? '') }
    if (entity.type === 'LINE') {
      const line = (entity as ILineEntity).vertices.map((v) => [v.x, v.y] as Point)
      return [{ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: line } }]
    }
    if (entity.type !== 'LWPOLYLINE' && entity.type !== 'POLYLINE') return []
    const polyline = entity as ILwpolylineEntity | IPolylineEntity
    const ring = ringOf(polyline.vertices, polyline.shape)
    const geometry =
      ring && ring.length >= 4
        ? { type: 'Polygon', coordinates: [ring] }
        : { type: 'LineString', coordinates: pathOf(polyline.vertices) }
    return [{ type: 'Feature', properties, geometry }]
  })
  if (features.length === 0) throw new ImportFileError(said('no_outlines'))
  return readFeatures(features, null, { ...limits, lines: true })
}
