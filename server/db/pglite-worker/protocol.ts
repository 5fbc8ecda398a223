/** Messages between the server's thread and the thread that owns the embedded database. */

export interface OpenRequest {
  /** A data directory on disk, or none for a database in memory. */
  dataDir?: string
  /** A dumped data directory (a template) to start from, as the tar bytes `dumpDataDir` made. */
  loadDataDir?: Uint8Array
}

export type WorkerRequest =
  | { id: number; kind: 'query'; sql: string; params: readonly unknown[] }
  | { id: number; kind: 'dump' }
  | { id: number; kind: 'close' }

/** The command tags Kysely's PostgreSQL driver tells apart. */
export type Command = 'UPDATE' | 'DELETE' | 'INSERT' | 'SELECT' | 'MERGE' | 'COMMIT' | 'ROLLBACK'

export interface DatabaseErrorFields {
  message: string
  code?: string
  severity?: string
  detail?: string
  hint?: string
  table?: string
  column?: string
  constraint?: string
  routine?: string
}

export type WorkerResponse =
  | { id: number; ok: true; rows: unknown[]; affectedRows?: number; command: Command }
  | { id: number; ok: true; dump: Uint8Array }
  | { id: number; ok: false; error: DatabaseErrorFields }

/** The fields of a PostgreSQL error that callers read (SQLSTATE, the constraint), not the query or its parameters. */
export const ERROR_FIELDS = ['code', 'severity', 'detail', 'hint', 'table', 'column', 'constraint', 'routine'] as const

export function errorFields(error: unknown): DatabaseErrorFields {
  const source = (error ?? {}) as Record<string, unknown>
  const fields: DatabaseErrorFields = { message: error instanceof Error ? error.message : String(error) }
  for (const key of ERROR_FIELDS) if (typeof source[key] === 'string') fields[key] = source[key] as string
  return fields
}
