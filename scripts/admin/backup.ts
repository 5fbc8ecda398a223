import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { writeBackup } from '../../server/backup/backup.js'
import { type CliCommand, isMainScript, runCli } from './run-cli.js'

/** `npm run backup [-- FILE]`: the whole database into one gzipped JSON-lines file with checksums. */
export const backupCommand: CliCommand = async ({ args, print, withDatabase }) => {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  const file = resolve(args[0] ?? `backups/atlas-${stamp}.jsonl.gz`)
  mkdirSync(dirname(file), { recursive: true })
  await withDatabase(async (database) => {
    const header = await writeBackup(database.db, database.kind, file)
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0)
    print(`Backed up ${header.tables.length} tables, ${rows} rows from ${database.kind} to ${file}`)
    for (const t of header.tables) print(`  ${t.name.padEnd(16)} ${String(t.rows).padStart(7)}  md5 ${t.md5}`)
  })
}

if (isMainScript(import.meta.url)) await runCli(backupCommand)
