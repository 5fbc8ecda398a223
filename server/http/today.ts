import type { Context } from 'hono'
import type { AppEnv } from './app-env.js'

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function isoDateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  )
}

/** Today in the jurisdiction's zone: deadlines fall on local days, not UTC ones. */
export function todayOf(c: Context<AppEnv>): string {
  const { now, config } = c.var.deps
  return isoDateIn(now ? now() : new Date(), config.timeZone)
}
