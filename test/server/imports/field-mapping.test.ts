import { describe, expect, it } from 'vitest'
import { mapRow } from '../../../server/imports/field-mapping.js'
import { proposeMapping, unitOf } from '../../../server/imports/field-synonyms.js'
import { english } from '../../../server/imports/import-messages.js'

describe('mapping a land list’s columns onto parcel fields', () => {
  it('recognises Chinese headers with units, English ones, and leaves the rest aside', () => {
    const mapping = proposeMapping([
      '宗地号',
      '土地坐落',
      '用地性质',
      '用地面积（公顷）',
      '挂牌起始价',
      '供地状态',
      '是否净地',
      '所属园区',
      '备注',
    ])
    expect(mapping).toEqual({
      fields: {
        宗地号: 'code',
        土地坐落: 'location_desc',
        用地性质: 'land_use_name',
        '用地面积（公顷）': 'area',
        挂牌起始价: 'start_price',
        供地状态: 'status',
        是否净地: 'is_net_land',
        所属园区: 'park',
      },
      unmatched: ['备注'],
      areaUnit: 'ha',
    })
    expect(proposeMapping(['Parcel Code', 'AREA_M2', 'land use']).fields).toEqual({
      'Parcel Code': 'code',
      AREA_M2: 'area',
      'land use': 'land_use_name',
    })
    expect(proposeMapping(['面积(亩)']).areaUnit).toBe('mu')
    expect(proposeMapping(['面积 [㎡]']).areaUnit).toBe('m2')
    expect(proposeMapping(['面积']).areaUnit).toBe('m2') // the default when the header says nothing
    expect([unitOf('平方米'), unitOf('公顷'), unitOf('亩'), unitOf('km')]).toEqual(['m2', 'ha', 'mu', null])
  })

  it('converts areas to mu and values to their types', () => {
    const mapping = proposeMapping(['编号', '面积（㎡）', '状态', '净地', '容积率', '出让年限'])
    const { fields, errors } = mapRow(
      { 编号: ' XS-01 ', '面积（㎡）': '66,666.7', 状态: '可供', 净地: '是', 容积率: '2.5', 出让年限: '50' },
      2,
      mapping,
    )
    expect(errors.map((e) => ({ ...e, message: english(e.message) }))).toEqual([])
    expect(fields).toEqual({
      code: 'XS-01',
      area_mu: 100.0001,
      status: 'available',
      is_net_land: true,
      far_max: 2.5,
      tenure_years: 50,
    })
    expect(
      mapRow({ 编号: 'XS-02', '面积（㎡）': '', 状态: '', 净地: '否', 容积率: '', 出让年限: '' }, 3, mapping).fields,
    ).toEqual({ code: 'XS-02', is_net_land: false })
    expect(mapRow({ 编号: 'A', 面积: '1.5' }, 2, proposeMapping(['编号', '面积'], 'ha')).fields.area_mu).toBe(22.5)
  })

  it('names the row and column of every bad value, and a missing code', () => {
    const mapping = proposeMapping(['地块编号', '面积(亩)', '状态', '标准地'])
    const { errors } = mapRow({ 地块编号: '', '面积(亩)': '十亩', 状态: '待定', 标准地: '也许' }, 7, mapping)
    expect(errors.map((e) => ({ ...e, message: english(e.message) }))).toEqual([
      { row: 7, column: '面积(亩)', message: expect.stringContaining('“十亩” is not an area') },
      { row: 7, column: '状态', message: expect.stringContaining('not a known status') },
      { row: 7, column: '标准地', message: '“也许” is neither yes (是) nor no (否)' },
      { row: 7, column: '地块编号', message: expect.stringContaining('no parcel code') },
    ])
    expect(mapRow({ 地块编号: 'B', '面积(亩)': 'Infinity' }, 8, mapping).errors[0]!.message).toMatchObject({
      key: 'value_not_area',
    })
  })
})
