import { describe, expect, it } from 'vitest'
import {
  boundariesText,
  environmentText,
  landUseText,
  percentText,
  priceText,
} from '../../../web/src/i18n/land-terms.js'

describe('land terms an investor reads', () => {
  it('names land uses by the national classification, a subclass by its nearest listed class', () => {
    expect(landUseText('100101', '一类工业用地', 'zh')).toBe('一类工业用地（100101）')
    expect(landUseText('100101', '一类工业用地', 'en')).toBe('Class I industrial land (light nuisance) (100101)')
    expect(landUseText('090105', '零售商业用地', 'en')).toBe('Commercial land (090105)')
    expect(landUseText('1001', null, 'zh')).toBe('工业用地（1001）')
    expect(landUseText('0701', '城镇住宅用地', 'en')).toBe('城镇住宅用地 (0701)')
  })

  it('gives prices in 万元/亩, and in English per mu and per m² in yuan (1 mu = 666.67 m²)', () => {
    expect(priceText(30.1, 'zh')).toBe('30.1 万元/亩')
    expect(priceText(30.1, 'en')).toBe('CNY 301,000 per mu (CNY 452 per m²)')
  })

  it('names the sides of 四至 in English, the roads as written', () => {
    expect(boundariesText('东至经二路，南至纬一路，西至经一路，北至纬二路', 'en')).toBe(
      'East: 经二路; South: 纬一路; West: 经一路; North: 纬二路',
    )
    expect(boundariesText('东至经二路，南至纬一路', 'zh')).toBe('东至经二路，南至纬一路')
  })

  it('reads a 标准地 environmental standard and ratios in English', () => {
    expect(environmentText('声环境3类区，污染物排放执行GB 8978一级标准', 'en')).toBe(
      'Noise zone class 3; discharges to GB 8978 grade 1',
    )
    expect(percentText(0.6)).toBe('60%')
    expect(percentText(0.155)).toBe('15.5%')
    expect(percentText(35)).toBe('35%')
  })
})
