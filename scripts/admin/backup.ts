import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { writeBackup } from '../../server/backup/backup.js'
import { loadConfig } from '../../server/config.js'
import { openDatabase } from '../../server/db/open-database.js'
import { runCli } from './run-cli.js'

/** `npm run backup [-- FILE]`: the whole database into one gzipped JSON-lines file with checksums. */
await runCli(async () => {
  const config = loadConfig()
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  const file = resolve(process.argv[2] ?? `backups/atlas-${stamp}.jsonl.gz`)
  mkdirSync(dirname(file), { recursive: true })
  const database = await openDatabase(config.database)
  try {
    const header = await writeBackup(database.db, database.kind, file)
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0)
    console.log(`Backed up ${header.tables.length} tables, ${rows} rows from ${database.kind} to ${file}`)
    for (const t of header.tables) console.log(`  ${t.name.padEnd(16)} ${String(t.rows).padStart(7)}  md5 ${t.md5}`)
  } finally {
    await database.close()
  }
})
