import ExcelJS from 'exceljs'

/** A downloaded workbook's first sheet: its name and its rows as cell values. */
export async function readXlsx(res: Response) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await res.arrayBuffer())
  const sheet = workbook.worksheets[0]!
  const rows: unknown[][] = []
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return { name: sheet.name, rows }
}
