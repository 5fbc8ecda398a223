/**
 * Pure: a land list's rows to the features every import reads, once the mapping says which columns are what.
 * - With coordinate columns, the rows are boundary points (界址点成果表): consecutive rows of one parcel code make
 *   its outline, a blank code continues the parcel above (merged cells), a point repeating the ring's first closes
 *   it and what follows starts another ring (a hole when it lies inside, else a further part).
 * - Without, each row is a parcel joined by its code to the outline already stored (attributes only).
 * Surveyors write X for the northing: the values, not the headers, tell which column is which.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import { readsSwapped, type XY } from './crs-diagnose.js'
import type { ColumnMapping } from './field-synonyms.js'
import { defaultLimits, ImportFileError, type ImportLimits, type ReadFeature, type ReadFile } from './geojson-reader.js'
import { said } from './import-messages.js'
import type { TableRead, TableRow } from './table-reader.js'

type Ring = [number, number][]

function columnOf(mapping: Pick<ColumnMapping, 'fields'>, field: string): string | null {
  return Object.keys(mapping.fields).find((column) => mapping.fields[column] === field) ?? null
}

function coordinate(row: TableRow, column: string): number {
  const text = (row.values[column] ?? '').replace(/[,，\s]/g, '')
  const value = Number(text)
  if (text === '' || !Number.isFinite(value))
    throw new ImportFileError(
      said('not_coordinate', { row: row.row, column, value: row.values[column] ?? '' }),
      row.row,
    )
  return value
}

interface Group {
  code: string
  rows: TableRow[]
}

/** Consecutive rows of one code; a row without a code continues the parcel above it. */
function groupRows(rows: readonly TableRow[], codeColumn: string | null): Group[] {
  const groups: Group[] = []
  for (const row of rows) {
    const code = codeColumn ? (row.values[codeColumn] ?? '').trim() : ''
    const current = groups[groups.length - 1]
    if (current && (code === '' || code === current.code)) current.rows.push(row)
    else if (code === '') throw new ImportFileError(said('point_without_code', { row: row.row }), row.row)
    else groups.push({ code, rows: [row] })
  }
  return groups
}

/** Whether the table lists (northing, easting) or (latitude, longitude): judged on the majority of its points. */
export function inSurveyorsOrder(points: readonly XY[]): boolean {
  return points.filter(readsSwapped).length > points.length / 2
}

const samePoint = (a: readonly number[], b: readonly number[]) => a[0] === b[0] && a[1] === b[1]

/** The points of one parcel as rings: a return to the ring's first point closes it; the last ring closes itself. */
function ringsOf(points: readonly { xy: [number, number]; row: number }[]): { ring: Ring; row: number }[] {
  const rings: { ring: Ring; row: number }[] = []
  let ring: Ring = []
  let startRow = 0
  for (const { xy, row } of points) {
    if (ring.length === 0) startRow = row
    ring.push(xy)
    if (ring.length > 1 && samePoint(xy, ring[0]!)) {
      rings.push({ ring, row: startRow })
      ring = []
    }
  }
  if (ring.length > 0) rings.push({ ring: [...ring, ring[0]!], row: startRow })
  for (const r of rings) {
    if (new Set(r.ring.map((p) => `${p[0]},${p[1]}`)).size < 3)
      throw new ImportFileError(said('short_outline', { row: r.row }), r.row)
  }
  return rings
}

/** Rings to a Polygon or MultiPolygon: a ring inside an earlier outer ring is its hole, any other a new part. */
function polygonOf(rings: readonly Ring[]): ReadFeature['geometry'] {
  const polygons: Ring[][] = []
  for (const ring of rings) {
    const host = polygons.find((p) => booleanPointInPolygon(ring[0]!, { type: 'Polygon', coordinates: [p[0]!] }))
    if (host) host.push(ring)
    else polygons.push([ring])
  }
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons }
}

/** The first value each column has among a parcel's rows: attributes are usually written on its first point only. */
function attributesOf(rows: readonly TableRow[], headers: readonly string[]): Record<string, string> {
  return Object.fromEntries(headers.map((h) => [h, rows.find((r) => (r.values[h] ?? '') !== '')?.values[h] ?? '']))
}

export function featuresFromTable(
  table: TableRead,
  mapping: Pick<ColumnMapping, 'fields'>,
  limits: ImportLimits = defaultLimits,
): ReadFile {
  const file = assemble(table, mapping)
  if (file.features.length > limits.maxFeatures)
    throw new ImportFileError(said('too_many_features', { n: file.features.length, max: limits.maxFeatures }))
  return file
}

function assemble(table: TableRead, mapping: Pick<ColumnMapping, 'fields'>): ReadFile {
  const [xColumn, yColumn] = [columnOf(mapping, 'x'), columnOf(mapping, 'y')]
  if ((xColumn === null) !== (yColumn === null))
    throw new ImportFileError(said('one_coordinate_column', { column: (xColumn ?? yColumn)! }))
  if (xColumn === null || yColumn === null) {
    return {
      srid: null,
      headers: table.headers,
      notes: table.notes,
      features: table.rows.map((r) => ({ row: r.row, properties: r.values, geometry: null })),
    }
  }
  const groups = groupRows(table.rows, columnOf(mapping, 'code'))
  const read = new Map(table.rows.map((r): [TableRow, XY] => [r, [coordinate(r, xColumn), coordinate(r, yColumn)]]))
  const swap = inSurveyorsOrder([...read.values()])
  const notes = swap ? [...table.notes, said('note_surveyors_order', { x: xColumn, y: yColumn })] : table.notes
  const xy = (r: TableRow) => {
    const [x, y] = read.get(r)!
    return (swap ? [y, x] : [x, y]) as [number, number]
  }
  // One coordinate pair per code is where each parcel is (a 位置点 list), not its outline: joined to the stored parcel.
  if (groups.every((g) => g.rows.length === 1)) {
    const features = groups.map((g) => ({
      row: g.rows[0]!.row,
      properties: g.rows[0]!.values,
      geometry: null,
      point: xy(g.rows[0]!),
    }))
    return {
      srid: null,
      headers: table.headers,
      notes: [...notes, said('note_point_list', { count: groups.length })],
      features,
    }
  }
  const features = groups.map((g): ReadFeature => {
    const points = g.rows.map((r) => ({ xy: xy(r), row: r.row }))
    return {
      row: g.rows[0]!.row,
      properties: attributesOf(g.rows, table.headers),
      geometry: polygonOf(ringsOf(points).map((r) => r.ring)),
    }
  })
  return { srid: null, headers: table.headers, notes, features }
}
