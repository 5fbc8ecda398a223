/**
 * The embedded database as the server uses it: PGlite in its own thread, behind Kysely's PostgreSQL driver, so
 * transactions, savepoints and errors go through exactly the code that serves a real PostgreSQL server. The one
 * connection is handed out under a mutex: a transaction holds it to its end, a lone query for its own duration, so
 * concurrent requests take turns instead of running inside each other's transactions.
 */
import type { Worker } from 'node:worker_threads'
import { Mutex } from 'async-mutex'
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely'
import { typescriptWorker } from '../../threads/typescript-worker.js'
import type { DatabaseErrorFields, OpenRequest, WorkerRequest, WorkerResponse } from './protocol.js'

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
type Pending = { resolve: (response: WorkerResponse) => void; reject: (error: Error) => void }

/** A PostgreSQL error as the pg driver raises it: a message and the fields callers read (code, constraint…). */
function databaseError(fields: DatabaseErrorFields): Error {
  const { message, ...rest } = fields
  return Object.assign(new Error(message), rest)
}

const threadUrl = new URL('./pglite-thread.ts', import.meta.url)

export class PgliteThread {
  private readonly worker: Worker
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private failure: Error | null = null
  readonly ready: Promise<void>

  constructor(options: OpenRequest) {
    this.worker = typescriptWorker(threadUrl, options)
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', () => resolve())
      this.worker.once('error', reject)
      // A thread that ends before it is ready (PGlite could not open the data) must not leave the start waiting.
      this.worker.once('exit', (code) =>
        reject(new Error(`the embedded database's thread ended while opening (exit code ${code})`)),
      )
    })
    this.worker.on('message', (response: WorkerResponse | { ready: true }) => {
      if (!('id' in response)) return
      const pending = this.pending.get(response.id)
      this.pending.delete(response.id)
      pending?.resolve(response)
    })
    this.worker.on('error', (error) => this.fail(error))
    this.worker.on('exit', (code) => this.fail(new Error(`the embedded database's thread stopped (exit code ${code})`)))
  }

  private fail(error: Error) {
    this.failure ??= error
    for (const pending of this.pending.values()) pending.reject(error)
    this.pending.clear()
  }

  private send(request: DistributiveOmit<WorkerRequest, 'id'>): Promise<WorkerResponse> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.worker.postMessage({ ...request, id })
    })
  }

  async query<R>(sql: string, params: readonly unknown[]): Promise<PostgresQueryResult<R>> {
    const response = await this.send({ kind: 'query', sql, params })
    if (!response.ok) throw databaseError(response.error)
    if (!('rows' in response)) throw new Error('unexpected answer from the database thread')
    return { rows: response.rows as R[], rowCount: response.affectedRows ?? 0, command: response.command }
  }

  /** The whole data directory as a tar (PGlite's dumpDataDir): templates for tests, copies for backups. */
  async dump(): Promise<Uint8Array> {
    const response = await this.send({ kind: 'dump' })
    if (!response.ok) throw databaseError(response.error)
    if (!('dump' in response)) throw new Error('unexpected answer from the database thread')
    return response.dump
  }

  async close(): Promise<void> {
    if (!this.failure) await this.send({ kind: 'close' }).catch(() => undefined)
    await this.worker.terminate()
  }
}

/** Kysely's PostgreSQL pool interface over the one connection the thread has. */
export class PgliteThreadPool implements PostgresPool {
  private readonly mutex = new Mutex()
  /** pg's pool options, which Kysely reads for query cancellation; PGlite has none to offer. */
  readonly options = {}

  constructor(readonly thread: PgliteThread) {}

  async connect(): Promise<PostgresPoolClient> {
    const release = await this.mutex.acquire()
    let released = false
    return {
      query: (sql: string, params: readonly unknown[]) => this.thread.query(sql, params),
      release: () => {
        if (!released) release()
        released = true
      },
    } as PostgresPoolClient
  }

  async end(): Promise<void> {
    await this.mutex.waitForUnlock()
    await this.thread.close()
  }
}
