import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

/** The entry every worker thread starts from: it registers tsx, then loads the TypeScript module named in its data. */
export const threadEntry = fileURLToPath(new URL('./typescript-thread.mjs', import.meta.url))

/** The data a thread starts with: what its module needs, and which module that is. */
export const threadData = (module: URL, data: object = {}) => ({ ...data, module: module.href })

/** A worker thread running a TypeScript module, which reads `data` as its workerData. */
export const typescriptWorker = (module: URL, data: object) =>
  new Worker(threadEntry, { workerData: threadData(module, data) })
