import { pathToFileURL } from 'node:url'
import { loadConfig } from '../../server/config.js'
import { type OpenDatabase, openDatabase } from '../../server/db/open-database.js'

/** What a command-line tool is given: its arguments, where it prints, and the database it works on. */
export interface CliContext {
  args: string[]
  print: (line: string) => void
  /** Runs `work` on the tool's database: opened for it and closed after, or one the caller keeps open. */
  withDatabase: <T>(work: (database: OpenDatabase) => Promise<T>) => Promise<T>
  /** The database as a person names it: the PGlite directory, or DATABASE_URL. */
  target: string
}

export type CliCommand = (cli: CliContext) => Promise<void>

const failureLine = (error: unknown) => `Error: ${error instanceof Error ? error.message : String(error)}`

/**
 * Runs a command and says how it ended: 0, or 1 after one line naming the reason. A tool prints that line, never a
 * stack trace, for a known problem.
 */
export async function runCommand(
  command: CliCommand,
  cli: CliContext,
  printError: (line: string) => void = cli.print,
): Promise<number> {
  try {
    await command(cli)
    return 0
  } catch (error) {
    printError(failureLine(error))
    return 1
  }
}

/** Whether the module at `moduleUrl` is the script this process was started with (`npm run …`), not an import. */
export const isMainScript = (moduleUrl: string) =>
  process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href

/** Runs a command as `npm run <tool> -- ARGS` does: arguments from the command line, the configured database. */
export async function runCli(command: CliCommand) {
  try {
    const { database } = loadConfig()
    const cli: CliContext = {
      args: process.argv.slice(2),
      print: (line) => console.log(line),
      target: database.kind === 'pglite' ? database.dir : 'DATABASE_URL',
      withDatabase: async (work) => {
        const opened = await openDatabase(database)
        try {
          return await work(opened)
        } finally {
          await opened.close()
        }
      },
    }
    process.exitCode = await runCommand(command, cli, (line) => console.error(line))
  } catch (error) {
    console.error(failureLine(error)) // the configuration itself, before the command runs
    process.exitCode = 1
  }
}
