import { describe, expect, it } from 'vitest'
import { parseViewHash } from '../../../web/src/map/view-hash.js'

describe('parseViewHash', () => {
  it('reads zoom/lat/lng into a MapLibre centre [lng, lat]', () => {
    expect(parseViewHash('#view=14.3/29.558/121.78', 'view')).toEqual({ zoom: 14.3, center: [121.78, 29.558] })
    expect(parseViewHash('#lang=en&view=9/30/121.5/20', 'view')).toEqual({ zoom: 9, center: [121.5, 30] })
  })

  it.each(['', '#', '#view=', '#view=abc/1/2', '#view=1/2', '#view=30/1/2', '#view=5/95/121', '#other=1/2/3'])(
    'ignores %s',
    (hash) => {
      expect(parseViewHash(hash, 'view')).toBeNull()
    },
  )
})
