import { describe, expect, it } from 'vitest'
import { diffSnapshots } from '../../../server/audit/snapshot-diff.js'

describe('diffSnapshots', () => {
  it('lists changed fields in name order, ignoring version and timestamps', () => {
    const before = {
      id: 1,
      status: 'available',
      start_price: 30,
      version: 1,
      updated_at: 'a',
      geom: { type: 'Point', coordinates: [1, 2] },
    }
    const after = {
      id: 1,
      status: 'intended',
      start_price: 30,
      version: 2,
      updated_at: 'b',
      geom: { type: 'Point', coordinates: [1, 3] },
    }
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'geom', before: before.geom, after: after.geom },
      { field: 'status', before: 'available', after: 'intended' },
    ])
  })

  it('treats a creation as every field going from null', () => {
    expect(diffSnapshots(null, { name: 'x', version: 1 })).toEqual([{ field: 'name', before: null, after: 'x' }])
  })
})
