/**
 * CPU-heavy work (reading an uploaded file, building its report) runs in a Piscina pool of worker threads, so the
 * server's own thread keeps answering while it runs. Refusals cross the thread boundary as values and become the
 * same ApiError on this side; anything else is a fault and rejects as it is.
 */

import { Piscina } from 'piscina'
import { ApiError, type ErrorCode } from '../http/api-error.js'
import { threadData, threadEntry } from './typescript-worker.js'

export type ThreadOutcome<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string }

/** In the thread: runs a task, turning an ApiError into a value that survives the structured clone. */
export async function outcomeOf<T>(run: () => Promise<T> | T): Promise<ThreadOutcome<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (e) {
    if (e instanceof ApiError) return { ok: false, code: e.code, message: e.message }
    throw e
  }
}

/**
 * A pool for one thread module: at most `maxThreads` at once, none kept while idle for a minute (an idle thread
 * does not keep a command-line run alive).
 */
export function threadPool<Task, Results extends Record<string, unknown>>(module: URL, maxThreads = 2) {
  let pool: Piscina | undefined
  return async function runInThread<K extends keyof Results & string>(task: Task & { op: K }): Promise<Results[K]> {
    pool ??= new Piscina({
      filename: threadEntry,
      workerData: threadData(module),
      minThreads: 0,
      maxThreads,
      idleTimeout: 60_000,
    })
    const outcome = (await pool.run(task)) as ThreadOutcome<Results[K]>
    if (!outcome.ok) throw new ApiError(outcome.code, outcome.message)
    return outcome.value
  }
}
