/** A form in a link (`?sq=…`): the fields that differ from the defaults, read back checked against them. */

/** A value of the same kind as the default's (text, number, yes/no, a list of ids, or the same keys), or nothing. */
function sameShape(value: unknown, like: unknown): boolean {
  if (Array.isArray(like)) return Array.isArray(value) && value.every((v) => Number.isInteger(v) && v > 0)
  if (like === null) return value === null || Number.isInteger(value)
  if (typeof like === 'object')
    return (
      typeof value === 'object' &&
      value !== null &&
      Object.entries(value).every(([k, v]) => k in like && typeof v === typeof (like as Record<string, unknown>)[k])
    )
  return typeof value === typeof like
}

/** A form as a link carries it: only what differs from the defaults, as JSON. */
export function changesToParam<F extends object>(form: F, initial: F): string {
  const changed = (Object.keys(form) as (keyof F)[]).filter(
    (key) => JSON.stringify(form[key]) !== JSON.stringify(initial[key]),
  )
  return JSON.stringify(Object.fromEntries(changed.map((key) => [key, form[key]])))
}

/** A link's form, each field checked against the default's shape; a malformed link gives null. */
export function formOfParam<F extends object>(text: string | null, initial: F): F | null {
  if (!text) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const form = structuredClone(initial) as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(parsed)) {
    if (!(key in initial) || !sameShape(value, (initial as Record<string, unknown>)[key])) continue
    form[key] = typeof value === 'object' && !Array.isArray(value) ? { ...(form[key] as object), ...value } : value
  }
  return form as unknown as F
}
