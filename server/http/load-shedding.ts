import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import PQueue from 'p-queue'
import { SESSION_COOKIE } from '../auth/session-token.js'
import { ApiError } from './api-error.js'

/**
 * How much the server takes on at once. The embedded database serves one statement at a time, so past a few requests
 * in flight more only wait longer; a real PostgreSQL server takes many more.
 */
export interface LoadLimits {
  /** Requests being answered at once. */
  concurrent: number
  /** Requests waiting their turn; one more is refused at once. */
  queued: number
  /** The longest a request waits for its turn before it is refused. */
  waitMs: number
}

export const defaultLoadLimits = {
  pglite: { concurrent: 4, queued: 100, waitMs: 3000 },
  postgres: { concurrent: 32, queued: 1000, waitMs: 10_000 },
} as const satisfies Record<string, LoadLimits>

const RETRY_AFTER_SECONDS = 2

function busy(c: Context): never {
  c.header('Retry-After', String(RETRY_AFTER_SECONDS))
  throw new ApiError('busy', `The server is busy; try again in ${RETRY_AFTER_SECONDS} s (服务器繁忙，请稍后再试)`)
}

/**
 * Sheds load instead of hanging: a bounded queue with a bounded wait, past either a 503 with Retry-After at once.
 * A request that has started is never cut off; only waiting ones are turned away.
 */
export function shedLoad(limits: LoadLimits): MiddlewareHandler {
  const queue = new PQueue({ concurrency: limits.concurrent })
  return async (c, next) => {
    if (queue.size >= limits.queued) busy(c)
    const turn = new AbortController()
    let started = false
    const timer = setTimeout(() => !started && turn.abort(), limits.waitMs)
    try {
      await queue.add(
        () => {
          started = true
          return next()
        },
        // Signed-in staff go ahead of anonymous traffic: a planner's edit never starves behind a crowd of visitors.
        { signal: turn.signal, priority: getCookie(c, SESSION_COOKIE) ? 1 : 0 },
      )
    } catch (error) {
      if (started) throw error
      busy(c)
    } finally {
      clearTimeout(timer)
    }
  }
}
