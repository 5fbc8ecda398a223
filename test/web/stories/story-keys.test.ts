import { describe, expect, it } from 'vitest'
import { sceneAfter, storyActionOf } from '../../../web/src/stories/story-keys'
import { storyRouteOf } from '../../../web/src/stories/story-route'

describe('the player keys', () => {
  it('map what clickers and keyboards send', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map(storyActionOf)).toEqual(['next', 'next', 'next'])
    expect(['ArrowLeft', 'PageUp'].map(storyActionOf)).toEqual(['previous', 'previous'])
    expect(['Home', 'End', 'f', 'F', 'Escape', 'x'].map(storyActionOf)).toEqual([
      'first',
      'last',
      'fullscreen',
      'fullscreen',
      'exit',
      null,
    ])
  })
  it('stay within the story', () => {
    expect(sceneAfter('next', 5, 6)).toBe(5)
    expect(sceneAfter('previous', 0, 6)).toBe(0)
    expect(sceneAfter('last', 2, 6)).toBe(5)
    expect(sceneAfter('first', 4, 6)).toBe(0)
    expect(sceneAfter('next', 0, 0)).toBe(0)
  })
  it('name the roadshow pages by path', () => {
    expect(storyRouteOf('/story/12')).toEqual({ page: 'player', id: 12 })
    expect(storyRouteOf('/story/12/handout')).toEqual({ page: 'handout', id: 12 })
    expect(storyRouteOf('/story/12/notes')).toEqual({ page: 'notes', id: 12 })
    expect(['/story/0', '/story/x', '/story/12/other', '/stories/1'].map(storyRouteOf)).toEqual([
      null,
      null,
      null,
      null,
    ])
  })
})
