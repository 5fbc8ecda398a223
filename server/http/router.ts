import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context, TypedResponse } from 'hono'
import type { AppEnv } from './app-env.js'
import { validationError } from './error-handler.js'

/** Every feature router validates with zod and turns failures into a 400 naming the field. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, _c) => {
      if (!result.success) throw validationError(result.error, result.target)
    },
  })
}

/** JSON already serialised by PostgreSQL is sent as is; the type says what the text holds. */
export function jsonText<T>(c: Context, body: string): TypedResponse<T, 200, 'json'> {
  return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' }) as unknown as TypedResponse<
    T,
    200,
    'json'
  >
}
