import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { z } from 'zod'
import { ApiError, type EnvelopeCode, type ErrorCode, type ErrorEnvelope } from './api-error.js'
import { etagOf, VersionConflict } from './versioning.js'

/** The one envelope every error leaves in: `{code, message, request_id}`. */
export function errorEnvelope(c: Context, code: EnvelopeCode, message: string): ErrorEnvelope {
  const requestId: unknown = c.get('requestId')
  return typeof requestId === 'string' ? { code, message, request_id: requestId } : { code, message }
}

/** A log line about a request, prefixed with its id so it can be found from the envelope a user quotes. */
export const logRequest = (c: Context, what: string) =>
  `[${c.get('requestId') ?? '-'}] ${c.req.method} ${c.req.path} ${what}`

/** Every error leaves in the envelope; only unknown ones are logged, with their stack. */
export function handleError(err: Error, c: Context) {
  const known = err instanceof ApiError ? err : describeDatabaseError(err)
  if (known) {
    if (known instanceof VersionConflict) c.header('ETag', etagOf(known.currentVersion))
    return c.json(errorEnvelope(c, known.code, known.message), known.status)
  }
  if (err instanceof HTTPException) {
    return c.json(errorEnvelope(c, 'http_error', err.message || 'Request failed'), err.status)
  }
  console.error(logRequest(c, 'failed:'), err)
  return c.json(errorEnvelope(c, 'internal', 'Internal server error'), 500)
}

export function handleNotFound(c: Context) {
  return c.json(errorEnvelope(c, 'not_found', `No route for ${c.req.method} ${c.req.path}`), 404)
}

/** Turns a failed zod validation into a 400 that names the parameter, e.g. `bbox: expected 4 numbers`. */
export function validationError(error: z.ZodError, target: string): ApiError {
  const issue = error.issues[0]
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : target
  return new ApiError('invalid_request', `${field}: ${issue?.message ?? 'invalid value'}`)
}

/** SQLSTATE classes a client can cause; their text (which may quote SQL or data) never leaves the server. */
const databaseErrors: Record<string, [ErrorCode, string]> = {
  '57014': ['timeout', 'The database took too long to answer; narrow the request and try again'],
  '23505': ['duplicate', 'A record with the same key already exists'],
  '23503': ['reference', 'The record refers to, or is still referred to by, another record'],
  '23514': ['invalid_value', 'A value breaks a rule of the data (a check constraint)'],
  '23502': ['invalid_value', 'A required value is missing'],
  '22P02': ['invalid_value', 'A value has the wrong format'],
  '40001': ['retry', 'The record changed during the request; try again'],
  '40P01': ['retry', 'The record changed during the request; try again'],
}

interface DatabaseErrorFields {
  code?: unknown
  table?: unknown
  column?: unknown
  constraint?: unknown
}

/** A database refusal a client can cause, as an error safe to show: its class and the field, never its text. */
export function describeDatabaseError(err: Error): ApiError | undefined {
  const fields = err as DatabaseErrorFields
  const known = typeof fields.code === 'string' ? databaseErrors[fields.code] : undefined
  if (!known) return undefined
  const [code, message] = known
  const field = fieldOf(fields)
  return new ApiError(code, field ? `${field}: ${message}` : message)
}

/**
 * The field a refusal is about, from our own schema's names (never from the data): the column of a missing value,
 * or the constraint named `<table>_<column>_fkey` / `_length` / `_key` by PostgreSQL's convention and our migrations.
 */
export function fieldOf({ table, column, constraint }: DatabaseErrorFields): string | undefined {
  if (typeof column === 'string' && /^[a-z_]+$/.test(column)) return column
  if (typeof table !== 'string' || typeof constraint !== 'string' || !constraint.startsWith(`${table}_`))
    return undefined
  const rest = constraint.slice(table.length + 1).replace(/_(fkey|length|key)$/, '')
  return rest !== constraint.slice(table.length + 1) && /^[a-z_]+$/.test(rest) ? rest : undefined
}
