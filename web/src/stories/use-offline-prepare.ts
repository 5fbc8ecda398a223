import { useCallback, useState } from 'react'
import { cachedBytes, serviceWorkerReady } from './offline-cache'

export type OfflineState =
  | { kind: 'idle' }
  | { kind: 'preparing'; done: number; total: number }
  | { kind: 'ready'; bytes: number }

/**
 * "Prepare for offline": the player shows every scene once, instantly and in order, and waits for each to be fully
 * drawn, so the service worker has kept every tile and answer the story needs; then it returns to where it was and
 * reports what the caches hold.
 */
export function useOfflinePrepare(count: number, answers: readonly string[]) {
  const [state, setState] = useState<OfflineState>({ kind: 'idle' })
  const start = useCallback(async () => {
    await serviceWorkerReady()
    // The answers the player asked for before the worker took over are asked again, now through it.
    await Promise.all(answers.map((url) => fetch(url).catch(() => undefined)))
    setState({ kind: 'preparing', done: 0, total: count })
  }, [count, answers])
  /** The scene the prepare pass shows now, or null when it is not running. */
  const preparingScene = state.kind === 'preparing' ? state.done : null
  const arrived = useCallback(() => {
    setState((s) => {
      if (s.kind !== 'preparing') return s
      if (s.done + 1 < s.total) return { ...s, done: s.done + 1 }
      void cachedBytes().then((bytes) => setState({ kind: 'ready', bytes }))
      return { kind: 'preparing', done: s.total, total: s.total }
    })
  }, [])
  return { state, start, preparingScene, arrived }
}
