import { useEffect, useRef } from 'react'
import type { StoryAction } from './story-keys'

type Message = { kind: 'scene'; index: number } | { kind: 'action'; action: StoryAction } | { kind: 'hello' }

const channelName = (storyId: number) => `atlas-story-${storyId}`

/** The player's side: tells the notes window which scene shows, and takes its next/previous presses. */
export function useNotesChannel(storyId: number, index: number, act: (action: StoryAction) => void) {
  const channel = useRef<BroadcastChannel | null>(null)
  const shown = useRef(index)
  shown.current = index
  useEffect(() => {
    const opened = new BroadcastChannel(channelName(storyId))
    channel.current = opened
    opened.onmessage = (e: MessageEvent<Message>) => {
      if (e.data.kind === 'action') act(e.data.action)
      if (e.data.kind === 'hello') opened.postMessage({ kind: 'scene', index: shown.current } satisfies Message)
    }
    return () => opened.close()
  }, [storyId, act])
  useEffect(() => {
    channel.current?.postMessage({ kind: 'scene', index } satisfies Message)
  }, [index])
}

/** The notes window's side: follows the player's scene and sends it the presenter's presses. */
export function openNotesChannel(storyId: number, onScene: (index: number) => void) {
  const opened = new BroadcastChannel(channelName(storyId))
  opened.onmessage = (e: MessageEvent<Message>) => e.data.kind === 'scene' && onScene(e.data.index)
  opened.postMessage({ kind: 'hello' } satisfies Message)
  return {
    send: (action: StoryAction) => opened.postMessage({ kind: 'action', action } satisfies Message),
    close: () => opened.close(),
  }
}
