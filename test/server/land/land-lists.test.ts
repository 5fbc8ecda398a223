import { describe, expect, it } from 'vitest'
import { blockSheet, type ListedParcel, neutralizeFormula, parcelSheet } from '../../../server/land/land-lists.js'

const parcel: ListedParcel = {
  code: 'XS-01',
  location_desc: '东至经一路',
  park_name: '临港园',
  region_name: '象山县',
  area_mu: 15.1234,
  land_use: '100101',
  land_use_name: '一类工业用地',
  far_min: 1,
  far_max: 2.5,
  tenure_years: 50,
  start_price: 30.5,
  is_net_land: true,
  is_standard_land: true,
  available_from: '2027-01-01',
}

describe('land lists in the bureaus’ shape', () => {
  it('has the columns bureaus use, in their order, and one numbered row per parcel', () => {
    const sheet = parcelSheet('可供招商土地清单', [
      parcel,
      { ...parcel, code: 'XS-02', far_min: null, is_net_land: false, is_standard_land: false, available_from: null },
    ])
    expect(sheet.headers).toEqual([
      '序号',
      '地块编号',
      '位置',
      '面积(亩)',
      '用地性质',
      '容积率',
      '出让年限',
      '起始价(万元/亩)',
      '是否净地',
      '备注',
    ])
    expect(sheet.rows[0]).toEqual([
      1,
      'XS-01',
      '象山县 临港园 东至经一路',
      15.12,
      '一类工业用地（100101）',
      '1-2.5',
      50,
      30.5,
      '是',
      '标准地；2027-01-01起可供',
    ])
    expect(sheet.rows[1]).toEqual([
      2,
      'XS-02',
      '象山县 临港园 东至经一路',
      15.12,
      '一类工业用地（100101）',
      '≤2.5',
      50,
      30.5,
      '否',
      '',
    ])
  })

  it('marks a block of 200 mu to be sold whole', () => {
    const sheet = blockSheet('两百亩', [
      {
        id: 'B-1',
        parcelCodes: ['A', 'B'],
        regions: ['象山县'],
        parks: ['临港园'],
        totalMu: 210.456,
        widthM: 300.4,
        lengthM: 467.2,
        netLandThroughout: true,
        sellWhole: true,
      },
    ])
    expect(sheet.rows[0]).toEqual([1, 'B-1', 'A、B', '象山县 临港园', 210.46, '300×467', '是', '整体出让，不得分割'])
  })
})

describe('neutralizeFormula', () => {
  it.each(['=1+1', '+86 574', '-cmd', '@SUM(A1)', '\tx', '\r=x'])(
    'prefixes %j so spreadsheets show it as text',
    (text) => {
      expect(neutralizeFormula(text)).toBe(`'${text}`)
    },
  )

  it('leaves ordinary text and numbers alone', () => {
    expect(neutralizeFormula('象山县')).toBe('象山县')
    expect(neutralizeFormula(-3.5)).toBe(-3.5)
    expect(neutralizeFormula(null)).toBeNull()
  })
})
