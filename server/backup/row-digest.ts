import { createHash, type Hash } from 'node:crypto'

/** A timestamp as PostgreSQL writes it in JSON: the zone it is written in depends on the session, the instant does not. */
const timestampWithZone = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?([+-]\d{2}(?::?\d{2})?)$/

function canonicalValue(value: unknown): unknown {
  if (typeof value === 'string') {
    const match = timestampWithZone.exec(value)
    if (!match) return value
    const [, seconds, fraction = '', zone] = match
    const utc = new Date(`${seconds}${zone!.length === 3 ? `${zone}:00` : zone}`).toISOString().slice(0, 19)
    return `${utc}${fraction.replace(/0+$/, '').replace(/^\.$/, '')}Z`
  }
  if (Array.isArray(value)) return value.map(canonicalValue)
  if (value && typeof value === 'object') return canonicalRecord(value as Record<string, unknown>)
  return value
}

function canonicalRecord(value: Record<string, unknown>, only?: readonly string[]): Record<string, unknown> {
  const keys = (only ?? Object.keys(value)).filter((k) => k in value).sort()
  return Object.fromEntries(keys.map((k) => [k, canonicalValue(value[k])]))
}

/**
 * A digest of rows as values, not as one engine's text: keys sorted, timestamps as UTC instants, numbers as numbers.
 * The rows a restore read from the file and the rows the target database then holds give the same digest exactly when
 * the database stored every value as the backup had it, whichever engine wrote the file and whichever restores it.
 */
export class RowDigest {
  private readonly hash: Hash = createHash('sha256')
  rows = 0

  constructor(readonly columns: readonly string[]) {}

  add(row: Record<string, unknown>) {
    this.hash.update(`${JSON.stringify(canonicalRecord(row, this.columns))}\n`)
    this.rows++
  }

  digest(): string {
    return this.hash.digest('hex')
  }
}
