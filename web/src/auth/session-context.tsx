import { useQueryClient } from '@tanstack/react-query'
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { Session } from '../api/client'
import { loadSession, signIn as requestSignIn, signOut as requestSignOut } from '../api/staff-client'
import { forgetOfflineAnswers } from '../stories/offline-cache'

type Permissions = Session['permissions']
export type Resource = keyof Permissions
export type Action = 'read' | 'create' | 'update' | 'delete'

interface SessionState {
  session: Session | null
  /** Who asks, as the query cache keys answers: the user and role, or 'public'. */
  scope: string
  /** From the server's policy table: the UI offers only what the role may do. */
  can: (resource: Resource, action: Action) => boolean
  /** A null password signs in as a demo account offered to this machine. */
  signIn: (name: string, password: string | null) => Promise<void>
  signOut: () => Promise<void>
  /** A server answer of 401 means the session ended: forget it. */
  expire: () => void
}

const SessionContext = createContext<SessionState | null>(null)
const anonymous: Session = { user: null, permissions: {}, csrfToken: null }

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null)
  useEffect(() => {
    loadSession().then(setSession, () => setSession(anonymous))
  }, [])
  const signIn = useCallback(
    async (name: string, password: string | null) => setSession(await requestSignIn(name, password)),
    [],
  )
  const signOut = useCallback(async () => {
    await requestSignOut()
    await forgetOfflineAnswers()
    setSession(await loadSession())
  }, [])
  const expire = useCallback(() => void loadSession().then(setSession), [])
  const scope = scopeOf(session)
  useForgetOtherScopes(scope)
  const value = useMemo<SessionState>(
    () => ({
      session,
      scope,
      signIn,
      signOut,
      expire,
      can: (resource, action) => Boolean(session?.permissions[resource]?.includes(action)),
    }),
    [session, scope, signIn, signOut, expire],
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

const scopeOf = (session: Session | null) => (session?.user ? `${session.user.id}:${session.user.role}` : 'public')

/** A change of user drops every cached answer the previous one was given, confidential ones included. */
function useForgetOtherScopes(scope: string) {
  const client = useQueryClient()
  useEffect(() => {
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== scope })
  }, [client, scope])
}

export function useSession(): SessionState {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession outside SessionProvider')
  return value
}
