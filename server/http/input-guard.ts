import { createMiddleware } from 'hono/factory'
import { ApiError } from './api-error.js'
import { textLimits } from './text-limits.js'

/**
 * C0 controls other than tab, line feed and carriage return, and DEL. PostgreSQL refuses NUL in text outright,
 * and no form, file name or search has a reason to carry the others.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters the edge refuses
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/**
 * The first field of a JSON value, as `q` or `sites.0.ref`, whose key or string value fails `bad`; undefined when none.
 * One walk for every rule the edge applies to text.
 */
export function findText(
  value: unknown,
  path: string,
  bad: (text: string, path: string) => boolean,
): string | undefined {
  if (typeof value === 'string') return bad(value, path) ? path : undefined
  if (Array.isArray(value)) return value.map((item, i) => findText(item, join(path, String(i)), bad)).find(Boolean)
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = bad(key, join(path, key)) ? join(path, key) : findText(item, join(path, key), bad)
      if (found) return found
    }
  }
  return undefined
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key)

/** Fields whose value is a whole uploaded file: their own readers enforce the file limits. */
const FILE_FIELDS: ReadonlySet<string> = new Set(['content'])

function refuse(field: string, problem: string): never {
  throw new ApiError('invalid_request', `${field}: ${problem}`)
}

/**
 * Every API request, before any route sees it: no control characters in the path, the query or a JSON body,
 * and no text over the backstop length. One rule for every field, so no handler can forget it.
 */
export const guardInput = createMiddleware(async (c, next) => {
  const path = safeDecode(c.req.path)
  if (path === undefined || controlCharacter.test(path))
    refuse('path', 'control characters or malformed escapes are not allowed')
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (controlCharacter.test(name) || values.some((v) => controlCharacter.test(v)))
      refuse(name, 'control characters are not allowed')
    if (values.some((v) => v.length > textLimits.backstop)) refuse(name, `at most ${textLimits.backstop} characters`)
  }
  if (c.req.header('content-type')?.includes('application/json')) {
    const body = await c.req.json().catch(() => undefined)
    const bad = findText(body, '', (text) => controlCharacter.test(text))
    if (bad !== undefined) refuse(bad || 'body', 'control characters are not allowed')
    const long = findText(body, '', (text, path) => text.length > textLimits.backstop && !FILE_FIELDS.has(path))
    if (long !== undefined) refuse(long || 'body', `at most ${textLimits.backstop} characters`)
  }
  await next()
})

function safeDecode(path: string): string | undefined {
  try {
    return decodeURIComponent(path)
  } catch {
    return undefined
  }
}
