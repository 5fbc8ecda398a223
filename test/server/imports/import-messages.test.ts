import { describe, expect, it } from 'vitest'
import { allKeys, english, render, said } from '../../../server/imports/import-messages.js'

describe('the import engine’s messages', () => {
  it('says every message in English and in Chinese, each language its own words', () => {
    // Every parameter any message takes, so that a message reading one it was not given shows "undefined".
    const numbers = {
      row: 3,
      n: 2,
      total: 5,
      min: 1,
      max: 10,
      length: 12,
      mb: 50,
      x: 1,
      y: 2,
      zone: 40,
      declared: 4549,
      suggested: 4528,
      declaredZone: 39,
      meridian: 120,
      km: 250,
      first: 2,
    }
    const words = [
      'reason',
      'name',
      'type',
      'value',
      'header',
      'column',
      'layer',
      'layers',
      'shp',
      'names',
      'what',
      'code',
      'mu',
      'change',
      'repaired',
      'at',
      'measured',
      'percent',
      'actual',
      'sheet',
      'file',
      'degrees',
      'x',
      'y',
      'm2',
    ]
    const params = { ...Object.fromEntries(words.map((w) => [w, `‹${w}›`])), ...numbers }
    for (const key of allKeys) {
      const message = { key, params }
      const [en, zh] = [render(message, 'en'), render(message, 'zh')]
      expect(en, key).not.toBe('')
      expect(zh, key).not.toBe(en)
      expect(zh, key).toMatch(/[\u4e00-\u9fff\uff1a]/) // Chinese words, or at least its full-width colon
      expect(en, key).not.toContain('undefined')
      expect(zh, key).not.toContain('undefined')
    }
  })

  it('puts a message inside another in the same language', () => {
    const nested = said('in_column', { column: '面积（亩）', what: said('value_not_number', { value: '十亩' }) })
    expect(english(nested)).toBe('面积（亩）: “十亩” is not a number ≥ 0')
    expect(render(nested, 'zh')).toBe('面积（亩）：“十亩”不是 ≥ 0 的数')
  })
})
