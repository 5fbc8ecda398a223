// A worker thread's entry for a TypeScript module. Workers on Node 20 do not inherit `--import tsx`, so the loader
// is registered here first; then the module named in workerData.module is loaded and its default export handed on.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const loaded = await import(workerData.module)

export default loaded.default
