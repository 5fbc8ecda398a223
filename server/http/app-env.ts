import type { SessionUser } from '../auth/auth.repo.js'
import type { LoginThrottle } from '../auth/login-throttle.js'
import type { Config } from '../config.js'
import type { DatabaseKind, Db } from '../db/database.js'
import type { LeadGuard } from '../leads/lead-guard.js'

export interface AppDeps {
  db: Db
  dbKind: DatabaseKind
  config: Config
  /** The current instant; tests fix it so deadlines are worked out by hand. */
  now?: () => Date
  /** Folder of the built web app; omitted in API-only tests. */
  webRoot?: string
}

export interface RequestSession {
  user: SessionUser
  csrfToken: string
  tokenHash: string
}

export interface AppEnv {
  Variables: {
    deps: AppDeps
    /** From Hono's requestId middleware (or the proxy's X-Request-Id): in every error envelope and log line. */
    requestId: string
    throttle: LoginThrottle
    /** The interest form's bot checks: its rate limit per address, for this app. */
    leadGuard: LeadGuard
    /** Set by `authenticate` when the request carries a live session cookie. */
    session?: RequestSession
    /** Set by the access middleware of the route that answered; a response without it is refused. */
    access?: string
  }
}
