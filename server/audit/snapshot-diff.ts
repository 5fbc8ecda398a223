export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}

/** Bookkeeping columns every write touches; a history lists what a person changed. */
const BOOKKEEPING = new Set(['version', 'updated_at', 'created_at'])

/** The fields that differ between two snapshots, in a stable order; geometry compares by its GeoJSON. */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const a = asRecord(before)
  const b = asRecord(after)
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !BOOKKEEPING.has(f)).sort()
  return fields
    .filter((field) => JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null))
    .map((field) => ({ field, before: a[field] ?? null, after: b[field] ?? null }))
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}
