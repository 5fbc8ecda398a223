import { describe, expect, it } from 'vitest'
import { sceneSchema } from '../../../server/stories/stories.schema.js'
import { confidentialIssues, viewBounds } from '../../../server/stories/story-rules.js'

const scene = (extra: Record<string, unknown> = {}) =>
  sceneSchema.parse({ title_zh: '场景', title_en: 'Scene', view: { center: [121.5, 29.8], zoom: 12 }, ...extra })

describe('story rules', () => {
  it('a view covers what a 1280 × 720 screen shows at its zoom', () => {
    const [w, s, e, n] = viewBounds(scene().view)
    // At zoom 12, 512-px tiles: 1280 px span 1280 / (512 × 4096) × 360° of longitude.
    expect(e - w).toBeCloseTo((1280 / (512 * 4096)) * 360, 9)
    expect(n - s).toBeGreaterThan(0.1)
    expect(n - s).toBeLessThan(e - w)
    expect((w + e) / 2).toBeCloseTo(121.5, 9)
  })
  it('lists each confidential element with its scene and field, and nothing for public land', () => {
    const known = { parks: new Set([1]), parcels: new Set([10]), blocks: new Set(['B-X-1']) }
    const clean = scene({
      highlights: { parks: [1], parcels: [10], blocks: ['B-X-1'] },
      figures: { kind: 'land', park_id: 1 },
    })
    expect(confidentialIssues([clean], known)).toEqual([])
    const bad = scene({
      layers: ['projects'],
      highlights: { parcels: [10, 11], projects: [3], blocks: ['B-Y-2'], parks: [2] },
      figures: { kind: 'pipeline' },
    })
    expect(confidentialIssues([clean, bad], known)).toEqual([
      'scenes[1].layers: the projects layer is confidential',
      'scenes[1].highlights.projects: projects are confidential',
      'scenes[1].figures: pipeline figures are confidential',
      'scenes[1].highlights.parcels: parcel 11 is not published',
      'scenes[1].highlights.parks: park 2 is not published',
      'scenes[1].highlights.blocks: block B-Y-2 holds land that is not published',
    ])
    expect(confidentialIssues([scene({ figures: { kind: 'port', park_id: 5 } })], known)).toEqual([
      'scenes[0].figures: park 5 is not published',
    ])
  })
})
