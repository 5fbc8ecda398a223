import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const builtIndex = join(root, 'web/dist/index.html')
const sources = [
  join(root, 'web/src'),
  join(root, 'web/index.html'),
  join(root, 'vite.config.ts'),
  join(root, 'package-lock.json'),
]

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

/** Builds web/dist when it is missing or older than any web source, so `npm start` always serves current code. */
export function buildWebIfNeeded(log: (line: string) => void = console.log): void {
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0
  if (builtAt > 0 && builtAt >= Math.max(...sources.map(newestMtime))) return
  log('Building the web app (vite build)…')
  // A child process with NODE_ENV=production: a build started from vitest must not inherit NODE_ENV=test.
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    },
  )
  if (result.status !== 0) throw new Error(`vite build failed with exit code ${result.status}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildWebIfNeeded()
