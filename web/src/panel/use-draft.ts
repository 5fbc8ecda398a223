import { useEffect, useRef, useState } from 'react'

/**
 * The form's values, reset whenever a newer version of the record arrives. Changes handed to `keep`
 * are laid over that newer version: after a refused (stale) save nothing the user typed is lost.
 */
export function useDraft<P, D extends object>(record: P | null, draftOf: (record: P) => D) {
  const [draft, setDraft] = useState<D | null>(null)
  const kept = useRef<Partial<D>>({})
  // biome-ignore lint/correctness/useExhaustiveDependencies: draftOf is a pure mapping defined at module level
  useEffect(() => {
    setDraft(record ? { ...draftOf(record), ...kept.current } : null)
    kept.current = {}
    // draftOf is a pure mapping defined at module level.
  }, [record])
  const keep = (changes: Partial<D>) => {
    kept.current = changes
  }
  return { draft, setDraft, keep }
}

/** A newer version than the panel shows (saved here, or found when a save was refused): the panel and map follow it. */
export function useShowNewerVersion<P extends { version: number }>(
  record: P | null,
  shownVersion: number | undefined,
  show: (record: P) => void,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new record matters; `show` and the shown version follow from it
  useEffect(() => {
    if (record && record.version !== shownVersion) show(record)
    // Only a new record matters; `show` and the shown version follow from it.
  }, [record])
}
