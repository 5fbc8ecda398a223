import { resolve } from 'node:path'
import { restoreBackup } from '../../server/backup/backup.js'
import { migrationNames } from '../../server/db/migrations/index.js'
import { type CliCommand, isMainScript, runCli } from './run-cli.js'

/** `npm run restore -- FILE --yes`: replaces all data with the backup's, in one transaction, then verifies it. */
export const restoreCommand: CliCommand = async ({ args, print, withDatabase, target }) => {
  const file = args.find((a) => !a.startsWith('--'))
  if (!file) throw new Error('Usage: npm run restore -- FILE --yes')
  if (!args.includes('--yes'))
    throw new Error(`This replaces every record in ${target} with the backup's. Add --yes to go ahead.`)
  await withDatabase(async (database) => {
    const report = await restoreBackup(database.db, database.kind, resolve(file), migrationNames)
    print(
      `Restored ${file} (made ${report.header.createdAt} on ${report.header.database}) into ${database.kind}; all signed out.`,
    )
    for (const t of report.tables)
      print(`  ${t.name.padEnd(16)} ${String(t.rows).padStart(7)} rows, checksum ${t.checksum}`)
  })
}

if (isMainScript(import.meta.url)) await runCli(restoreCommand)
