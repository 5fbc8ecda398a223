import { describe, expect, it } from 'vitest'
import { allKeys, english, ofAll, render, said } from '../../../server/imports/import-messages.js'

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
      count: 2,
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
      'x',
      'y',
      'm2',
      'which',
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

  it('picks plural forms by count in English, and says "all" when a whole sample is meant', () => {
    expect(english(said('note_dxf_open', { count: 1 }))).toBe('1 open polyline is not an outline; skipped')
    expect(english(said('note_dxf_open', { count: 3 }))).toBe('3 open polylines are not outlines; skipped')
    expect(render(said('note_dxf_open', { count: 1 }), 'zh')).toBe('1 条未闭合的多段线不是地块边界，已跳过')
    expect(english(said('crs_outside_china', { which: ofAll(4, 4) }))).toBe('all 4 points lie outside China')
    expect(render(said('crs_outside_china', { which: ofAll(1, 4) }), 'zh')).toBe('4 个中的 1 个点在中国境外')
  })

  it('puts a value in as written: braces, markup and quotes in a file are not read as a template', () => {
    const hostile = '{{value}} <b>&amp;</b> "{{count}}"'
    expect(english(said('value_not_number', { value: hostile }))).toBe(`“${hostile}” is not a number ≥ 0`)
  })
})
