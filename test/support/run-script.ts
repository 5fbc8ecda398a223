import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { type CliCommand, runCommand } from '../../scripts/admin/run-cli.js'
import type { OpenDatabase } from '../../server/db/open-database.js'

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

/**
 * Runs a tool's command in this process on a database the test keeps open, with the arguments `npm run` would pass:
 * the same code as the tool's process but for opening the database, without a process start and a PGlite open (about
 * 6 s) each time. One real `npm run` per tool stays in the suite, for what only a process shows (exit code, wiring).
 */
export async function runCommandOn(
  command: CliCommand,
  args: string[],
  database: OpenDatabase,
): Promise<{ code: number; out: string }> {
  const lines: string[] = []
  const code = await runCommand(command, {
    args,
    print: (line) => lines.push(line),
    target: database.kind === 'pglite' ? 'the test database' : 'DATABASE_URL',
    withDatabase: (work) => work(database),
  })
  return { code, out: lines.join('\n') }
}
