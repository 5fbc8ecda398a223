import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The one error type handlers throw; its code and message are safe to show to anyone. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export interface ErrorEnvelope {
  code: string
  message: string
  /** The request's id, as in the X-Request-Id header and the server's log: what a user quotes to the admin. */
  request_id?: string
}
