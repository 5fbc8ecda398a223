import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

export interface ServerProcess {
  url: string
  pid: number
  /** The demo accounts' generated passwords, from the file the server keeps them in (demo mode). */
  demoPassword: (name: string) => string
  output: () => string
  /** Stops the server and removes its data directory, unless the data is to be kept (a template for other servers). */
  stop: (options?: { keepData?: boolean }) => Promise<void>
  /** Its data directory: the embedded database and the demo passwords file. */
  dataDir: string
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/**
 * How long a first start may take: 90 s on an idle machine, more while other work keeps the cores busy (a cold start
 * runs initdb, PostGIS and the demo load; two test files start servers side by side), at most 5 minutes.
 */
function startLimitMs(): number {
  const busy = loadavg()[0]! / cpus().length
  return Math.round(Math.min(300_000, 90_000 * Math.max(1, busy)))
}

/**
 * Runs server/main.ts exactly as `npm start` does, on its own port and data, and waits for "Ready at". With `dataFrom`
 * its data directory starts as a copy of that one (a server's kept data), so it starts without migrating or loading.
 */
export async function startServerProcess(
  env: Record<string, string>,
  options: { dataFrom?: string } = {},
): Promise<ServerProcess> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-e2e-'))
  if (options.dataFrom) cpSync(options.dataFrom, dataDir, { recursive: true })
  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    // The database is the caller's choice: a DATABASE_URL in this process's environment is not inherited.
    env: {
      ...process.env,
      DATABASE_URL: undefined,
      PGLITE_DIR: join(dataDir, 'pglite'),
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const limitMs = startLimitMs()
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`server not ready after ${Math.round(limitMs / 1000)} s:\n${output}`)),
        limitMs,
      )
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('Ready at')) {
          clearTimeout(timer)
          resolve()
        }
      }
      child.stdout?.on('data', onData)
      child.stderr?.on('data', onData)
      child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
    })
  } catch (error) {
    // A start that failed leaves nothing behind: no server holding a port, no data directory.
    child.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    pid: child.pid!,
    demoPassword: (name) =>
      (JSON.parse(readFileSync(join(dataDir, 'demo-accounts.json'), 'utf8')) as Record<string, string>)[name]!,
    output: () => output,
    dataDir,
    stop: async ({ keepData = false } = {}) => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      if (!keepData) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
