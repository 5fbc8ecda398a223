import { pinyin } from 'pinyin-pro'
import { describe, expect, it } from 'vitest'
import { figureText, officeText } from '../../../web/src/i18n/official-terms.js'
import { romanize } from '../../../web/src/i18n/romanize.js'

const spell = (text: string) => pinyin(text, { toneType: 'none', type: 'array', v: true })

describe('Chinese proper names for English readers', () => {
  it('writes roads and places in pinyin as maps do, their generic part in English', () => {
    expect(romanize('East: 经二路; South: 纬一路', spell)).toBe("East: Jing'er Road; South: Weiyi Road")
    expect(romanize('滨海大道', spell)).toBe('Binhai Avenue')
    expect(romanize('西安', spell)).toBe("Xi'an")
    expect(romanize('Plot 7', spell)).toBe('Plot 7')
    expect(romanize('宁波东海风能有限公司', spell)).toBe('Ningbo Donghaifengneng Co., Ltd.')
  })

  it('names the offices of the documents, and leaves unknown ones as written', () => {
    expect(officeText('副县长（链长）', 'en')).toBe('Deputy county head (chain chief)')
    expect(officeText('（县经信局）', 'en')).toBe('(County Bureau of Economy and Information Technology)')
    expect(officeText('副县长（链长）', 'zh')).toBe('副县长（链长）')
  })

  it('gives figures with their units: 亿元 in billions, 家 as firms', () => {
    expect(figureText('186亿元', 'en')).toBe('CNY 18.6 billion')
    expect(figureText('54家', 'en')).toBe('54 firms')
    expect(figureText('3500万元', 'en')).toBe('CNY 35 million')
    expect(figureText('12个', 'en')).toBe('12')
    expect(figureText('about half', 'en')).toBe('about half')
    expect(figureText('186亿元', 'zh')).toBe('186亿元')
  })
})
