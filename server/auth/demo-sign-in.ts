import type { Context } from 'hono'
import type { AppEnv } from '../http/app-env.js'
import { isLocalRequest } from '../http/client-address.js'

/**
 * One-click demo sign-in is for the person at this machine trying the demo: demo mode, and a request from loopback
 * that no proxy relayed. Anyone else signs in with a password, which no route ever serves.
 */
export const offersDemoSignIn = (c: Context<AppEnv>) => c.var.deps.config.demo && isLocalRequest(c)
