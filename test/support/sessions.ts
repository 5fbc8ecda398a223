import type { createApp } from '../../server/app.js'
import type { Role } from '../../server/auth/policy.js'
import { passwordOf } from './access-scenario.js'

type App = ReturnType<typeof createApp>

export interface TestSession {
  cookie: string
  csrfToken: string
}

export async function signIn(app: App, name: Role | string, password = passwordOf(name as Role)): Promise<TestSession> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  })
  if (res.status !== 200) throw new Error(`sign-in of ${name} failed: ${res.status} ${await res.text()}`)
  const setCookie = res.headers.get('set-cookie') ?? ''
  const cookie = setCookie.split(';')[0]!
  const body = (await res.json()) as { csrfToken: string }
  return { cookie, csrfToken: body.csrfToken }
}

export interface CallOptions {
  body?: unknown
  ifMatch?: string
  csrf?: boolean
  headers?: Record<string, string>
}

/** A request as the given session (or anonymously with `null`), with the CSRF header unless told otherwise. */
export function call(app: App, session: TestSession | null, method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers }
  if (session) headers.cookie = session.cookie
  if (session && options.csrf !== false && method !== 'GET') headers['x-csrf-token'] = session.csrfToken
  if (options.ifMatch) headers['if-match'] = options.ifMatch
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  return app.request(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
}

/**
 * A response's JSON as the type its route declares: `z.infer` of the route's response schema, or `ErrorEnvelope`.
 * A cast, checked from the other side: the schema walk test validates every route's real answers against those schemas.
 */
export const jsonOf = async <T>(res: Response): Promise<T> => (await res.json()) as T
