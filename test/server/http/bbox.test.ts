import { describe, expect, it } from 'vitest'
import { parseBbox } from '../../../server/http/bbox.js'

describe('parseBbox', () => {
  it('reads minLon,minLat,maxLon,maxLat', () => {
    expect(parseBbox('121.3,29.3,122,29.9')).toEqual({ ok: true, bbox: [121.3, 29.3, 122, 29.9] })
    expect(parseBbox(' -1.5 , -2 , 3 , 4 ')).toEqual({ ok: true, bbox: [-1.5, -2, 3, 4] })
  })

  it.each([
    ['121,29,122', /expected 4 numbers/],
    ['121,29,122,30,1', /expected 4 numbers/],
    ['121,29,,30', /finite number/],
    ['121,29,abc,30', /finite number/],
    ['121,29,Infinity,30', /finite number/],
    ['121,29,NaN,30', /finite number/],
    ['-181,29,122,30', /longitude/],
    ['121,-91,122,30', /latitude/],
    ['122,29,121,30', /min must be less than max/],
    ['121,30,122,30', /min must be less than max/],
  ])('rejects %s', (text, message) => {
    const result = parseBbox(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })
})
