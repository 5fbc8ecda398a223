import type { ContentfulStatusCode } from 'hono/utils/http-status'

/**
 * Every way a request can fail that a client may be told about, each with the HTTP status it is answered with: the one
 * place a failure meets HTTP. Core code names the failure; only the error handler reads the status.
 */
export const errorStatuses = {
  invalid_request: 400,
  invalid_file: 400,
  invalid_crs: 400,
  invalid_mapping: 400,
  invalid_row: 400,
  invalid_value: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  illegal_transition: 409,
  no_parcel: 409,
  cycle: 409,
  duplicate: 409,
  reference: 409,
  retry: 409,
  confidential: 409,
  version_conflict: 412,
  body_too_large: 413,
  precondition_required: 428,
  too_many_attempts: 429,
  busy: 503,
  timeout: 503,
} as const satisfies Record<string, ContentfulStatusCode>

export type ErrorCode = keyof typeof errorStatuses

/** The one error type core code and handlers throw: what failed (a code) and why, both safe to show to anyone. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }

  get status(): ContentfulStatusCode {
    return errorStatuses[this.code]
  }
}

/** What an error answer may say it is: a known failure, a framework one, or an unexpected one (logged, never shown). */
export type EnvelopeCode = ErrorCode | 'http_error' | 'internal'

export interface ErrorEnvelope {
  code: EnvelopeCode
  message: string
  /** The request's id, as in the X-Request-Id header and the server's log: what a user quotes to the admin. */
  request_id?: string
}
