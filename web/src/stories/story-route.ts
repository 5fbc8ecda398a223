/** The roadshow's pages: a story played, its presenter's notes, its handout; or nothing for any other path. */
export type StoryRoute = { page: 'player' | 'notes' | 'handout'; id: number }

export function storyRouteOf(path: string): StoryRoute | null {
  const match = /^\/story\/([1-9]\d{0,8})(?:\/(notes|handout))?\/?$/.exec(path)
  if (!match) return null
  return { page: (match[2] as 'notes' | 'handout' | undefined) ?? 'player', id: Number(match[1]) }
}
