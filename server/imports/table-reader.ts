/**
 * Land lists as bureaus keep them: an Excel workbook (.xlsx, read by exceljs) or a CSV (read by csv-parse, in UTF-8
 * or the GBK that Chinese Excel saves), turned into a header and text rows numbered as the spreadsheet shows them.
 * What the rows mean (a parcel per row, or the boundary points of parcels) is decided later, from the mapping.
 */
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { defaultLimits, ImportFileError, type ImportLimits, tooLarge } from './geojson-reader.js'
import { type Said, said } from './import-messages.js'
import { defaultZipLimits, unzipSafely } from './safe-unzip.js'
import { decodeVerified } from './shapefile-meta.js'

export interface TableRow {
  /** The row number the spreadsheet shows (the header is row 1 when it is the first line). */
  row: number
  values: Record<string, string>
}

export interface TableRead {
  headers: string[]
  rows: TableRow[]
  notes: Said[]
}

/** Vertex lists (界址点) run to many rows per parcel: the row limit is the feature limit times a generous ring. */
const ROWS_PER_FEATURE = 40

function tableOf(records: readonly { row: number; cells: string[] }[], limits: ImportLimits, notes: Said[]): TableRead {
  // A title row above the header (merged across, so one value however many cells) is not the header.
  const headerAt = records.findIndex((r) => new Set(r.cells.filter((c) => c !== '')).size >= 2)
  if (headerAt < 0) throw new ImportFileError(said('no_header'))
  const headers = records[headerAt]!.cells.map((h, i) => h || `column ${i + 1}`)
  const seen = new Set<string>()
  for (const header of headers) {
    if (seen.has(header)) throw new ImportFileError(said('duplicate_header', { header }))
    seen.add(header)
  }
  const body = records.slice(headerAt + 1).filter((r) => r.cells.some((c) => c !== ''))
  if (body.length > limits.maxFeatures * ROWS_PER_FEATURE)
    throw new ImportFileError(said('too_many_rows', { n: body.length, max: limits.maxFeatures * ROWS_PER_FEATURE }))
  const rows = body.map((r) => ({
    row: r.row,
    values: Object.fromEntries(headers.map((h, i) => [h, r.cells[i] ?? ''])),
  }))
  return { headers, rows, notes }
}

/** A cell as the text it shows: numbers in full, dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value !== 'object') return String(value).trim()
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim()
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue)
  if ('text' in value) return String(value.text).trim()
  if ('error' in value) return String(value.error)
  return ''
}

export async function readXlsx(bytes: Uint8Array, limits: ImportLimits = defaultLimits): Promise<TableRead> {
  if (bytes.length > limits.maxBytes) throw tooLarge(limits)
  // An .xlsx is a zip: measured inflating first, so a bomb stops here and not inside exceljs.
  unzipSafely(bytes, defaultZipLimits)
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch (e) {
    throw new ImportFileError(said('not_workbook', { reason: (e as Error).message }))
  }
  const sheets = workbook.worksheets.filter((s) => s.actualRowCount > 0)
  if (sheets.length === 0) throw new ImportFileError(said('empty_workbook'))
  const sheet = sheets[0]!
  const records: { row: number; cells: string[] }[] = []
  // exceljs works columnCount out over every row on each call: read once, or reading is quadratic in the rows.
  const columns = sheet.columnCount
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    for (let c = 1; c <= columns; c++) cells.push(cellText(row.getCell(c).value))
    records.push({ row: rowNumber, cells })
  })
  const notes = sheets.length > 1 ? [said('note_sheets', { n: sheets.length, sheet: sheet.name })] : []
  return tableOf(records, limits, notes)
}

export function readCsv(bytes: Uint8Array, limits: ImportLimits = defaultLimits): TableRead {
  if (bytes.length > limits.maxBytes) throw tooLarge(limits)
  const { text, encoding } = decodeVerified(bytes, null, 'CSV')
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      // A quote inside a cell that does not start with one (5"厂房) is the text as typed, not a broken file.
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      delimiter: [',', '\t', ';'],
    }) as unknown as typeof records
  } catch (e) {
    throw new ImportFileError(said('not_csv', { reason: (e as Error).message }))
  }
  const notes = encoding === 'gbk' ? [said('note_csv_gbk')] : []
  return tableOf(
    records.map((r) => ({ row: r.info.lines, cells: r.record })),
    limits,
    notes,
  )
}
