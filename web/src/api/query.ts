import { keepPreviousData, QueryClient, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useSession } from '../auth/session-context'

/**
 * The web app's one cache of server answers. Answers stay fresh for 30 s (switching tabs back shows them at once);
 * an edit invalidates them all. No retries: a refused request is shown as it is, not repeated.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}

interface ApiQueryOptions {
  /** Not requested at all while false (a closed board, a role without the right). */
  enabled?: boolean
  /** Keep showing the previous answer while the next one loads (the map's layers must not blink). */
  keepPrevious?: boolean
  /** Ask again this often (a big screen left running). */
  refetchMs?: number
}

/**
 * A read through the cache. Its key starts with who asks (the session's scope), so one user's answers are never
 * shown to another: signing in or out switches every query to a key of its own.
 */
export function useApiQuery<T>(
  key: readonly unknown[],
  load: (signal: AbortSignal) => Promise<T>,
  options: ApiQueryOptions = {},
): { data: T | null; error: string | null } {
  const { scope } = useSession()
  const query = useQuery({
    queryKey: [scope, ...key],
    queryFn: ({ signal }) => load(signal),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    refetchInterval: options.refetchMs,
  })
  return { data: query.data ?? null, error: query.error?.message ?? null }
}

/** After an edit: every answer may have changed (land, projects, blocks, warnings), so all are asked again. */
export function useInvalidateAll(): () => void {
  const client = useQueryClient()
  return useCallback(() => void client.invalidateQueries(), [client])
}

/** After a change to one resource (an account, a batch): its cached answers are asked again. */
export function useInvalidate(): (key: readonly unknown[]) => Promise<void> {
  const client = useQueryClient()
  const { scope } = useSession()
  return useCallback((key) => client.invalidateQueries({ queryKey: [scope, ...key] }), [client, scope])
}
