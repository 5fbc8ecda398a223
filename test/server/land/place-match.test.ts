import { describe, expect, it } from 'vitest'
import { nameForms, namesMatch } from '../../../server/land/place-match.js'

const park = nameForms({ id: 1, name: '东海湾专精特新产业园', name_en: 'Donghai Bay Specialised Industrial Park' })
const county = nameForms({ id: 2, name: '象山县', name_en: 'Xiangshan County' })

describe('a search text naming a park or district', () => {
  it.each([
    ['part of the Chinese name', '东海湾'],
    ['the English name, case- and space-blind', 'donghai bay'],
    ['the pinyin, whole or in part', 'donghaiwan'],
    ['the pinyin with spaces', 'Dong Hai Wan'],
    ['the initials from the start, three letters or more', 'dhw'],
  ])('matches %s', (_name, text) => {
    expect(namesMatch(park, text)).toBe(true)
  })

  it.each([
    ['a name it is not', '象山'],
    ['two initials only (they would name half the map)', 'dh'],
    ['initials from the middle', 'hwz'],
    ['latin mixed with symbols', 'dong%'],
    ['a parcel code, though its letters are initials', 'DHW-1'],
    ['blank text', '  '],
  ])('does not match %s', (_name, text) => {
    expect(namesMatch(park, text)).toBe(false)
  })

  it('spells a county in pinyin', () => {
    expect(county.pinyin).toBe('xiangshanxian')
    expect(namesMatch(county, 'Xiangshan')).toBe(true)
  })
})
