import { useCallback, useEffect, useRef, useState } from 'react'
import { type StoryAction, sceneAfter, storyActionOf } from './story-keys'

interface Control {
  count: number
  durations: readonly number[]
  autoplay: boolean
  /** After the last scene, the first again (the big screen runs all day). */
  loop?: boolean
  onExit: () => void
}

/**
 * The player's state: the scene shown and whether it plays by itself. Keys and clickers move it; any key pauses
 * autoplay (a presenter who presses a key takes over). Autoplay waits each scene's duration after the map arrives.
 */
export function useStoryControl({ count, durations, autoplay, loop = false, onExit }: Control) {
  const [index, setIndex] = useState(0)
  const [playing, setPlaying] = useState(autoplay)
  // Which scene the map last arrived at: autoplay counts a scene's time from its arrival, not from the key press.
  const [arrivedFor, setArrivedFor] = useState<number | null>(null)
  const current = useRef(index)
  current.current = index
  const exit = useRef(onExit)
  exit.current = onExit
  const act = useCallback(
    (action: StoryAction) => {
      if (action === 'fullscreen') return void toggleFullscreen()
      if (action === 'exit') return document.fullscreenElement ? undefined : exit.current()
      if (action === 'autoplay') return setPlaying((p) => !p)
      setIndex((i) => sceneAfter(action, i, count))
    },
    [count],
  )
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return
      const action = storyActionOf(e.key)
      if (action !== 'autoplay') setPlaying(false)
      if (!action) return
      e.preventDefault()
      act(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [act])
  useEffect(() => {
    if (!playing || arrivedFor !== index || (index >= count - 1 && !loop)) return
    const after = () => setIndex((i) => (loop && i >= count - 1 ? 0 : sceneAfter('next', i, count)))
    const timer = setTimeout(after, (durations[index] ?? 10) * 1000)
    return () => clearTimeout(timer)
  }, [playing, arrivedFor, index, count, durations, loop])
  const arrived = useCallback(() => setArrivedFor(current.current), [])
  const goTo = useCallback((i: number) => {
    setPlaying(false)
    setIndex(i)
  }, [])
  return { index, playing, act, goTo, arrived, setPlaying }
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen()
  else void document.documentElement.requestFullscreen?.().catch(() => undefined)
}
