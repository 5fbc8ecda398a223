import { useEffect, useState } from 'react'

/** Loads once per key; a newer key wins over a slower older answer. */
export function useApiData<T>(load: () => Promise<T>, key: string): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ data: T | null; error: string | null; key: string | null }>({
    data: null,
    error: null,
    key: null,
  })
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a fresh closure each render; the key names what it loads
  useEffect(() => {
    let current = true
    load().then(
      (data) => current && setState({ data, error: null, key }),
      (e: Error) => current && setState({ data: null, error: e.message, key }),
    )
    return () => {
      current = false
    }
    // `load` is a fresh closure each render; the key names what it loads.
  }, [key])
  return state.key === key ? state : { data: null, error: null }
}
