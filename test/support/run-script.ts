import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Runs a command-line tool (`scripts/admin/<name>.ts`) as `npm run …` does, in its own process, on the database the
 * caller names: a DATABASE_URL in this process's environment is not inherited when the caller gives none.
 */
export function runAdminScript(
  name: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `scripts/admin/${name}.ts`, ...args],
      { cwd: root, env: childEnv, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    )
  })
}
