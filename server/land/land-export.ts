import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import { neutralizeFormula, type Sheet } from './land-lists.js'

/** The title row: the title, and what the rows were selected by. */
const titleRow = (sheet: Sheet) => (sheet.caption ? `${sheet.title}（${sheet.caption}）` : sheet.title)

/** CSV with a byte-order mark, so Excel opens Chinese text as UTF-8; a sheet with a caption starts with its title row. */
export function sheetToCsv(sheet: Sheet): string {
  const title = sheet.caption ? [[titleRow(sheet)]] : []
  return `\uFEFF${stringify([...title, sheet.headers, ...sheet.rows.map((row) => row.map(neutralizeFormula))])}`
}

/** One worksheet per sheet, each with a title row, bold headers, its rows and fitted columns, printable on A4 landscape. */
export async function sheetsToXlsx(sheets: readonly (Sheet & { name?: string })[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Invest Atlas 招商一张图'
  for (const sheet of sheets) addWorksheet(workbook, sheet)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export const sheetToXlsx = (sheet: Sheet) => sheetsToXlsx([sheet])

/** `name` is the tab's name (Excel allows 31 characters); the title is used without one. */
function addWorksheet(workbook: ExcelJS.Workbook, sheet: Sheet & { name?: string }) {
  const worksheet = workbook.addWorksheet((sheet.name ?? sheet.title).slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  worksheet.mergeCells(1, 1, 1, sheet.headers.length)
  worksheet.getCell(1, 1).value = titleRow(sheet)
  worksheet.getCell(1, 1).font = { bold: true, size: 14 }
  worksheet.getCell(1, 1).alignment = { horizontal: 'center' }
  const header = worksheet.addRow(sheet.headers)
  header.font = { bold: true }
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF3' } }
    cell.border = { bottom: { style: 'thin' } }
  })
  for (const row of sheet.rows) worksheet.addRow(row.map(neutralizeFormula))
  worksheet.columns.forEach((column, index) => {
    const longest = Math.max(
      ...[sheet.headers[index] ?? '', ...sheet.rows.map((r) => String(r[index] ?? ''))].map(displayWidth),
    )
    column.width = Math.min(60, Math.max(6, longest + 2))
  })
  worksheet.views = [{ state: 'frozen', ySplit: 2 }]
}

/** Chinese characters take two columns. */
const displayWidth = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
