import type { InferResponseType } from 'hono/client'
import type { authRoutes } from '../../../server/auth/auth.routes'
import type { throttlesRoutes } from '../../../server/auth/throttles.routes'
import type { parcelsRoutes } from '../../../server/land/parcels.routes'
import type { projectsRoutes } from '../../../server/projects/projects.routes'
import type { usersRoutes } from '../../../server/users/users.routes'
import {
  clientFor,
  type NewUser,
  type ParcelPatch,
  type ProjectPatch,
  readJson,
  readWithEtag,
  type Session,
  setCsrfToken,
  type UserPatch,
  type UserRecord,
} from './client'

const api = clientFor<
  typeof authRoutes | typeof throttlesRoutes | typeof parcelsRoutes | typeof projectsRoutes | typeof usersRoutes
>()

type Feature<P> = { type: 'Feature'; id: number; properties: P }

export async function loadSession(): Promise<Session> {
  const session = await readJson<Session>(api.auth.session.$get())
  setCsrfToken(session.csrfToken)
  return session
}

/** With a password, or, for a demo account offered to this machine, without one (the demo chips). */
export async function signIn(name: string, password: string | null): Promise<Session> {
  const request =
    password === null
      ? api.auth['demo-login'].$post({ json: { name } })
      : api.auth.login.$post({ json: { name, password } })
  const session = await readJson<Session>(request)
  setCsrfToken(session.csrfToken)
  return session
}

export async function signOut(): Promise<void> {
  await api.auth.logout.$post()
  setCsrfToken(null)
}

const ifMatch = (etag: string) => ({ headers: { 'if-match': etag } })

export const loadParcelRecord = <P>(id: number) =>
  readWithEtag<Feature<P>>(api.parcels[':id'].$get({ param: { id: String(id) } }))
export const saveParcel = <P>(id: number, etag: string, patch: ParcelPatch) =>
  readWithEtag<Feature<P>>(api.parcels[':id'].$patch({ param: { id: String(id) }, json: patch }, ifMatch(etag)))

export const loadProjectRecord = <P>(id: number) =>
  readWithEtag<Feature<P>>(api.projects[':id'].$get({ param: { id: String(id) } }))
export const saveProject = <P>(id: number, etag: string, patch: ProjectPatch) =>
  readWithEtag<Feature<P>>(api.projects[':id'].$patch({ param: { id: String(id) }, json: patch }, ifMatch(etag)))

export const loadUsers = () => readJson<{ users: UserRecord[] }>(api.users.$get())
export const createUser = (user: NewUser) => readJson<UserRecord>(api.users.$post({ json: user }))
export const saveUser = (user: UserRecord, patch: UserPatch) =>
  readJson<UserRecord>(
    api.users[':id'].$patch({ param: { id: String(user.id) }, json: patch }, ifMatch(`"${user.version}"`)),
  )

export type ThrottleEntry = InferResponseType<typeof api.auth.throttles.$get, 200>['throttles'][number]
export const loadThrottles = () => readJson<{ throttles: ThrottleEntry[] }>(api.auth.throttles.$get())
export async function clearThrottle(entry: Pick<ThrottleEntry, 'kind' | 'key'>): Promise<void> {
  const res = await api.auth.throttles.$delete({ query: { kind: entry.kind, key: entry.key } })
  if (!res.ok && res.status !== 404) await readJson(Promise.resolve(res))
}
