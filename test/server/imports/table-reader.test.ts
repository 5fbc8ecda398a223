import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { english } from '../../../server/imports/import-messages.js'
import { readCsv, readXlsx } from '../../../server/imports/table-reader.js'
import { importFixture } from '../../support/import-fixtures.js'

const workbook = async (rows: unknown[][]) => {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('表')
  for (const row of rows) sheet.addRow(row)
  return new Uint8Array(await book.xlsx.writeBuffer())
}

describe('reading land lists', () => {
  it('reads a workbook under its merged title row, numbering rows as Excel does, the merged code repeated', async () => {
    const table = await readXlsx(importFixture('land-list-xy-swapped.xlsx'))
    expect(table.headers).toEqual([
      '地块编号',
      '点号',
      'X坐标(m)',
      'Y坐标(m)',
      '用地性质',
      '用地面积（亩）',
      '土地坐落',
    ])
    expect(table.rows[0]).toEqual({
      row: 3,
      values: {
        地块编号: 'NB-X1',
        点号: 'J1',
        'X坐标(m)': '3308000',
        'Y坐标(m)': '645000',
        用地性质: '二类工业用地',
        '用地面积（亩）': '60',
        土地坐落: '鄞州区滨海路与金谷路交叉口',
      },
    })
    // NB-X2's code is merged down its four rows.
    expect(table.rows.filter((r) => r.values.地块编号 === 'NB-X2').map((r) => r.row)).toEqual([8, 9, 10, 11])
  })

  it('shows cells as they read: formulas by their result, dates as days', async () => {
    const table = await readXlsx(
      await workbook([
        ['编号', '面积', '日期'],
        ['A-1', { formula: '10*6', result: 60 }, new Date('2026-03-01T00:00:00Z')],
      ]),
    )
    expect(table.rows[0]!.values).toEqual({ 编号: 'A-1', 面积: '60', 日期: '2026-03-01' })
  })

  it('refuses a workbook without a header and two columns of one name', async () => {
    await expect(readXlsx(await workbook([['only one cell']]))).rejects.toThrow('no header row')
    await expect(
      readXlsx(
        await workbook([
          ['编号', '面积', '编号'],
          ['a', 'b', 'c'],
        ]),
      ),
    ).rejects.toThrow('two columns are both headed “编号”')
    await expect(readXlsx(new TextEncoder().encode('编号,面积'))).rejects.toThrow('not a zip archive')
  })

  it('reads a GBK CSV as Chinese Excel saves it, and a UTF-8 one with its BOM, tab- or comma-separated', () => {
    const gbk = readCsv(importFixture('land-attributes-gbk.csv'))
    expect(gbk.notes.map(english)).toEqual(['the CSV is GBK-encoded (as Chinese Excel saves it); read as GBK'])
    expect(gbk.rows[0]).toEqual({
      row: 2,
      values: {
        宗地号: 'YZ-2026-01',
        挂牌起始价: '38.5',
        供地状态: '储备',
        是否标准地: '是',
        联系人: '鄞州区招商局 王工',
      },
    })
    const utf8 = readCsv(new TextEncoder().encode('\uFEFF地块编号\t面积（亩）\n"A, 1"\t12.5\n'))
    expect(utf8).toEqual({
      headers: ['地块编号', '面积（亩）'],
      notes: [],
      rows: [{ row: 2, values: { 地块编号: 'A, 1', '面积（亩）': '12.5' } }],
    })
  })

  it('refuses text that is neither UTF-8 nor GBK rather than storing it garbled', () => {
    expect(() => readCsv(new Uint8Array([0xe7, 0xbc, 0x96, 0x2c, 0x0a, 0xff, 0xff, 0xff]))).toThrow(
      'decodes neither as UTF-8 nor as GBK',
    )
    expect(readCsv(iconv.encode('编号,用途\nA,工业用地\n', 'gbk')).rows[0]!.values.用途).toBe('工业用地')
  })
})
