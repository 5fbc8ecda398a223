/** Pure: what a key or a presenter's clicker does in the player. Clickers send PageDown/PageUp (some → and ←). */
export type StoryAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'exit' | 'autoplay'

const actions: Record<string, StoryAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageDown: 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'exit',
  p: 'autoplay',
  P: 'autoplay',
}

export function storyActionOf(key: string): StoryAction | null {
  return actions[key] ?? null
}

/** The scene an action leads to, kept within the story. */
export function sceneAfter(action: StoryAction, index: number, count: number): number {
  const last = Math.max(0, count - 1)
  if (action === 'next') return Math.min(last, index + 1)
  if (action === 'previous') return Math.max(0, index - 1)
  if (action === 'first') return 0
  if (action === 'last') return last
  return index
}
