import type { ErrorEvent, Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'

/** A busy embedded database drains its queue in seconds: retrying for about half a minute fills every hole. */
const MAX_ATTEMPTS = 8
const MAX_DELAY_MS = 5000

type TileErrorEvent = ErrorEvent & {
  sourceId?: string
  tile?: { tileID: { key: string; canonical: { x: number; y: number; z: number } } }
}

/**
 * A tile the server was too busy for (503 with Retry-After: its queue was full) is asked for again a moment later,
 * waiting a second longer each time (at most 5 s, 8 times), instead of leaving a hole in the land. Any other map error is reported as MapLibre would.
 */
export function useTileRetry(map: MapLibreMap | null) {
  useEffect(() => {
    if (!map) return
    const attempts = new Map<string, number>()
    const timers = new Set<ReturnType<typeof setTimeout>>()
    const onError = (event: TileErrorEvent) => {
      const { sourceId, tile } = event
      const busy = (event.error as { status?: number } | undefined)?.status === 503
      if (!busy || !sourceId || !tile) return console.error(event.error)
      const key = `${sourceId}/${tile.tileID.key}`
      const attempt = (attempts.get(key) ?? 0) + 1
      if (attempt > MAX_ATTEMPTS) return console.error(event.error)
      attempts.set(key, attempt)
      const timer = setTimeout(
        () => {
          timers.delete(timer)
          if (map.getSource(sourceId)) map.refreshTiles(sourceId, [tile.tileID.canonical])
        },
        Math.min(MAX_DELAY_MS, 1000 * attempt),
      )
      timers.add(timer)
    }
    map.on('error', onError)
    return () => {
      map.off('error', onError)
      for (const timer of timers) clearTimeout(timer)
    }
  }, [map])
}
