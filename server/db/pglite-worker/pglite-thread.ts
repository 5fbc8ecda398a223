/**
 * The embedded database's own thread. PGlite runs PostgreSQL as WebAssembly, synchronously: on the server's thread a
 * heavy statement froze every request, health checks included. Here it blocks nothing but itself; the server's
 * thread keeps answering, queues, and sheds load.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createPglite } from '../pglite-factory.js'
import { type Command, errorFields, type OpenRequest, type WorkerRequest, type WorkerResponse } from './protocol.js'

const port = parentPort!
const options = workerData as OpenRequest
const pglite = await createPglite({
  dataDir: options.dataDir,
  loadDataDir: options.loadDataDir ? new Blob([new Uint8Array(options.loadDataDir)]) : undefined,
})

/**
 * PGlite's result has no command tag; Kysely's PostgreSQL driver reads it for the affected-row count and to learn that
 * a COMMIT became a ROLLBACK. The tag is the statement's verb; a COMMIT of a transaction an error aborted is found by
 * probing first (the probe fails with 25P02 there and changes nothing).
 */
async function run(
  sql: string,
  params: readonly unknown[],
): Promise<{ rows: unknown[]; affectedRows?: number; command: Command }> {
  const verb = /^\s*(insert|update|delete|merge|commit|rollback)\b/i.exec(sql)?.[1]?.toUpperCase() as
    | Command
    | undefined
  if (verb === 'COMMIT' && (await transactionAborted())) {
    await pglite.query('rollback')
    return { rows: [], affectedRows: 0, command: 'ROLLBACK' }
  }
  const result = await pglite.query(sql, params as unknown[], { rowMode: 'object' })
  // A statement behind WITH is counted as an update when it changed rows, as PostgreSQL tags the outer statement.
  const command = verb ?? ((result.affectedRows ?? 0) > 0 ? 'UPDATE' : 'SELECT')
  return { rows: result.rows, affectedRows: result.affectedRows, command }
}

async function transactionAborted(): Promise<boolean> {
  try {
    await pglite.query('select 1')
    return false
  } catch (error) {
    return (error as { code?: string }).code === '25P02'
  }
}

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    if (request.kind === 'query') return { id: request.id, ok: true, ...(await run(request.sql, request.params)) }
    if (request.kind === 'dump') {
      const dump = await pglite.dumpDataDir('none')
      return { id: request.id, ok: true, dump: new Uint8Array(await dump.arrayBuffer()) }
    }
    await pglite.close()
    return { id: request.id, ok: true, rows: [], command: 'SELECT' }
  } catch (error) {
    return { id: request.id, ok: false, error: errorFields(error) }
  }
}

port.on('message', (request: WorkerRequest) => {
  void answer(request).then((response) => {
    port.postMessage(response)
    if (request.kind === 'close') port.close()
  })
})
port.postMessage({ ready: true })
