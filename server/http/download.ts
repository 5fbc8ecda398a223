import type { Context } from 'hono'
import { sheetToCsv, sheetToXlsx } from '../land/land-export.js'
import type { Sheet } from '../land/land-lists.js'

export const mediaTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
} as const
export type DownloadFormat = keyof typeof mediaTypes

/** An ASCII file name for old clients and the Chinese title for the rest, stamped with the day. */
export function setAttachment(c: Context, stem: string, title: string, format: DownloadFormat, today: string) {
  const stamp = today.replaceAll('-', '')
  c.header('Content-Type', mediaTypes[format])
  c.header(
    'Content-Disposition',
    `attachment; filename="${stem}-${stamp}.${format}"; filename*=UTF-8''${encodeURIComponent(`${title}-${stamp}.${format}`)}`,
  )
}

/** The body is built by exceljs / csv-stringify; a route's declared content is a file, not JSON. */
export async function sheetResponse(c: Context, sheet: Sheet, format: 'xlsx' | 'csv'): Promise<never> {
  return (format === 'csv' ? c.body(sheetToCsv(sheet)) : c.body(new Uint8Array(await sheetToXlsx(sheet)))) as never
}
