import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { z } from 'zod'
import { ApiError, type ErrorEnvelope } from './api-error.js'

/** Every error leaves as `{code, message}`; only unknown ones are logged, with their stack. */
export function handleError(err: Error, c: Context) {
  if (err instanceof ApiError) return c.json<ErrorEnvelope>({ code: err.code, message: err.message }, err.status)
  if (err instanceof HTTPException) {
    return c.json<ErrorEnvelope>({ code: 'http_error', message: err.message || 'Request failed' }, err.status)
  }
  console.error(`[error] ${c.req.method} ${c.req.path}`, err)
  return c.json<ErrorEnvelope>({ code: 'internal', message: 'Internal server error' }, 500)
}

export function handleNotFound(c: Context) {
  return c.json<ErrorEnvelope>({ code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}` }, 404)
}

/** Turns a failed zod validation into a 400 that names the parameter, e.g. `bbox: expected 4 numbers`. */
export function validationError(error: z.ZodError, target: string): ApiError {
  const issue = error.issues[0]
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : target
  return new ApiError(400, 'invalid_request', `${field}: ${issue?.message ?? 'invalid value'}`)
}
