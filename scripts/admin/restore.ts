import { resolve } from 'node:path'
import { restoreBackup } from '../../server/backup/backup.js'
import { loadConfig } from '../../server/config.js'
import { migrationNames } from '../../server/db/migrations/index.js'
import { openDatabase } from '../../server/db/open-database.js'
import { runCli } from './run-cli.js'

/** `npm run restore -- FILE --yes`: replaces all data with the backup's, in one transaction, then verifies it. */
await runCli(async () => {
  const args = process.argv.slice(2)
  const file = args.find((a) => !a.startsWith('--'))
  if (!file) throw new Error('Usage: npm run restore -- FILE --yes')
  const config = loadConfig()
  const target = config.database.kind === 'pglite' ? config.database.dir : 'DATABASE_URL'
  if (!args.includes('--yes'))
    throw new Error(`This replaces every record in ${target} with the backup's. Add --yes to go ahead.`)
  const database = await openDatabase(config.database)
  try {
    const report = await restoreBackup(database.db, database.kind, resolve(file), migrationNames)
    console.log(
      `Restored ${file} (made ${report.header.createdAt} on ${report.header.database}) into ${database.kind}; all signed out.`,
    )
    for (const t of report.tables)
      console.log(`  ${t.name.padEnd(16)} ${String(t.rows).padStart(7)} rows, checksum ${t.checksum}`)
  } finally {
    await database.close()
  }
})
