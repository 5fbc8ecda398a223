import { describe, expect, it } from 'vitest'
import {
  readArea,
  readBounds,
  readDate,
  readNumber,
  readPrice,
  readYesNo,
} from '../../../server/imports/cell-values.js'

describe('cells as people write them', () => {
  it('reads numbers with separators, full-width digits and their unit; nothing for an empty cell', () => {
    expect(readNumber('66,666.7')).toEqual({ value: 66_666.7, unit: '' })
    expect(readNumber('１２．５亩')).toEqual({ value: 12.5, unit: '亩' })
    expect(readNumber('  ')).toBeNull()
    expect([readNumber('十亩'), readNumber('1.2.3'), readNumber('-5')]).toEqual([undefined, undefined, undefined])
  })

  it('reads an area in mu, the cell’s unit before the column’s', () => {
    expect(readArea('12.5亩', 'm2')).toBe(12.5)
    expect(readArea('8333㎡', 'mu')).toBe(12.4995)
    expect(readArea('8333平方米', 'mu')).toBe(12.4995)
    expect(readArea('1.2公顷', 'mu')).toBe(18)
    expect(readArea('6666.7', 'm2')).toBe(10.0001)
    expect(readArea('', 'm2')).toBeNull()
    expect(readArea('12.5 acres', 'm2')).toBeUndefined()
  })

  it('reads a price in 万元 per mu from 万元/亩, 元/亩 and 元/㎡', () => {
    expect(readPrice('30.1')).toBe(30.1)
    expect(readPrice('30万元/亩')).toBe(30)
    expect(readPrice('301000元/亩')).toBe(30.1)
    expect(readPrice('600元/㎡')).toBe(40) // 600 × 666.67 m² = 400 000 元 per mu
    expect(readPrice('30美元')).toBeUndefined()
  })

  it('reads ranges and either side of one; a plain number is the side the column stands for', () => {
    expect(readBounds('1.2-2.0', 'max')).toEqual({ min: 1.2, max: 2 })
    expect(readBounds('1.0~2.5', 'max')).toEqual({ min: 1, max: 2.5 })
    expect(readBounds('1.0～2.5', 'max')).toEqual({ min: 1, max: 2.5 })
    expect(readBounds('1.2至2.0', 'max')).toEqual({ min: 1.2, max: 2 })
    expect(readBounds('≤2.0', 'max')).toEqual({ max: 2 })
    expect(readBounds('<=2.0', 'min')).toEqual({ max: 2 })
    expect(readBounds('不大于2.0', 'max')).toEqual({ max: 2 })
    expect(readBounds('2.0以下', 'max')).toEqual({ max: 2 })
    expect(readBounds('≥1.0', 'max')).toEqual({ min: 1 })
    expect(readBounds('1.0以上', 'max')).toEqual({ min: 1 })
    expect(readBounds('30%-55%', 'max')).toEqual({ min: 30, max: 55 })
    expect(readBounds('≤15%', 'max')).toEqual({ max: 15 })
    expect(readBounds('2.0', 'max')).toEqual({ max: 2 })
    expect(readBounds('1.0', 'min')).toEqual({ min: 1 })
    expect(readBounds('24m', 'max', ['m'])).toEqual({ max: 24 })
    expect(readBounds('', 'max')).toBeNull()
    expect([readBounds('2.0-1.2', 'max'), readBounds('高', 'max'), readBounds('24m', 'max')]).toEqual([
      undefined,
      undefined,
      undefined,
    ])
  })

  it('reads dates in the usual forms and Excel’s serials', () => {
    expect(readDate('2026-03-01')).toBe('2026-03-01')
    expect(readDate('2026/3/1')).toBe('2026-03-01')
    expect(readDate('2026.3')).toBe('2026-03-01')
    expect(readDate('2026.3.15')).toBe('2026-03-15')
    expect(readDate('2026年3月')).toBe('2026-03-01')
    expect(readDate('2026年3月15日')).toBe('2026-03-15')
    expect(readDate('2026年')).toBe('2026-01-01')
    expect(readDate('46082')).toBe('2026-03-01')
    expect(readDate('')).toBeNull()
    expect([readDate('2026-02-30'), readDate('2026.13'), readDate('12345'), readDate('下月')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })

  it('reads yes and no in their usual forms', () => {
    expect(['是', '有', '√', '✓', 'Y', 'yes', 'TRUE', '1'].map(readYesNo)).toEqual(Array(8).fill(true))
    expect(['否', '无', '×', '✗', 'N', 'no', 'false', '0'].map(readYesNo)).toEqual(Array(8).fill(false))
    expect([readYesNo(''), readYesNo('也许')]).toEqual([null, undefined])
  })
})
