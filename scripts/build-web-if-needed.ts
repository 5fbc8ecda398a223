import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const builtIndex = join(root, 'web/dist/index.html')
const sources = [join(root, 'web/src'), join(root, 'web/index.html'), join(root, 'vite.config.ts'), join(root, 'package-lock.json')]

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

/** Builds web/dist when it is missing or older than any web source, so `npm start` always serves current code. */
export async function buildWebIfNeeded(log: (line: string) => void = console.log): Promise<void> {
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0
  if (builtAt > 0 && builtAt >= Math.max(...sources.map(newestMtime))) return
  log('Building the web app (vite build)…')
  const { build } = await import('vite')
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildWebIfNeeded()
