import { describe, expect, it } from 'vitest'
import { type MessageKey, messages } from '../../../web/src/i18n/messages'
import { translate } from '../../../web/src/i18n/translate'

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('the web app’s messages through i18next', () => {
  it('puts values in by name, in both languages', () => {
    const values = { r: 12, i: 3, u: 9, e: 1, w: 0 }
    expect(translate('en', 'imports.summary', values)).toBe(
      '12 rows: 3 new, 9 existing; 1 with errors, 0 with warnings',
    )
    expect(translate('zh', 'imports.summary', values)).toBe('12 行：新增 3，更新 9；1 行有错误，0 行有提示')
  })

  it('picks the English plural by count; Chinese has one form', () => {
    expect(translate('en', 'imports.commit', { count: 1 })).toBe('Import 1 parcel')
    expect(translate('en', 'imports.commit', { count: 3 })).toBe('Import 3 parcels')
    expect(translate('en', 'imports.commit', { count: 0 })).toBe('Import 0 parcels')
    expect(translate('zh', 'imports.commit', { count: 1 })).toBe('提交导入 1 个地块')
    expect(translate('en', 'chains.gapThreshold', { count: 2 })).toBe('Fewer than 2 local firms makes a gap')
  })

  it('leaves markup-like values as text: React escapes what it renders', () => {
    expect(translate('en', 'imports.useCrs', { crs: '<b>EPSG:4549</b>' })).toBe('Use <b>EPSG:4549</b> and check again')
  })

  it('every message names its placeholders as {{name}}, the same ones in Chinese and English', () => {
    const keys = Object.keys(messages.zh) as MessageKey[]
    const mismatched = keys.filter(
      (key) => placeholders(messages.zh[key]).join() !== placeholders(messages.en[key]).join(),
    )
    expect(mismatched).toEqual([])
    const single = keys.flatMap((key) =>
      [messages.zh[key], messages.en[key]].filter((text) => /(^|[^{])\{\w+\}(?!\})/.test(text)).map(() => key),
    )
    expect(single).toEqual([])
  })
})
