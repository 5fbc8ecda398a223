import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'

interface LockOwner {
  pid: number
  host: string
  since: string
}

const lockPathOf = (dir: string) => `${dir.replace(/[/\\]+$/, '')}.lock`

/**
 * Only one process may open a PGlite directory: two would both write its files and corrupt it.
 * The lock is a file beside the directory naming its owner; a lock left by a dead process is taken over.
 */
export function lockDataDirectory(dir: string): () => void {
  const path = lockPathOf(dir)
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() }
  if (!tryCreate(path, me)) {
    const owner = readOwner(path)
    if (owner && isAlive(owner)) {
      throw new Error(
        `The embedded database ${dir} is in use by process ${owner.pid} (since ${owner.since}). ` +
          'Only one process may open it: stop that server first, or point PGLITE_DIR at another directory. ' +
          `If no such process runs, delete ${path}.`,
      )
    }
    unlinkSync(path)
    if (!tryCreate(path, me)) throw new Error(`Another process took the lock on ${dir} at the same moment; try again`)
  }
  const release = () => {
    if (readOwner(path)?.pid === me.pid) unlinkSync(path)
    process.off('exit', release)
  }
  process.on('exit', release)
  return release
}

function tryCreate(path: string, owner: LockOwner): boolean {
  try {
    const fd = openSync(path, 'wx')
    writeSync(fd, JSON.stringify(owner))
    closeSync(fd)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner
  } catch {
    return undefined
  }
}

function isAlive(owner: LockOwner): boolean {
  // A lock from another machine (a shared disk) cannot be checked: assume it is held.
  if (owner.host !== hostname()) return true
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
