import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { migrateToLatest } from '../../server/db/migrate.js'
import { openPgliteThread, openPostgres } from '../../server/db/open-database.js'
import { recreateTemplateDatabase, TEMPLATE_DATABASE } from '../../server/db/postgres-admin.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a dumped, migrated data directory. PostgreSQL: name of a migrated template database. */
    dbTemplate: string
  }
}

/** Migrates once per run; every test file then starts from its own copy in about two seconds. */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL
  if (url) {
    await recreateTemplateDatabase(url, async (templateUrl) => {
      const database = openPostgres(templateUrl)
      await migrateToLatest(database.db)
      await database.close()
    })
    project.provide('dbTemplate', TEMPLATE_DATABASE)
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'atlas-template-'))
  const database = await openPgliteThread()
  await migrateToLatest(database.db)
  const file = join(dir, 'migrated.tar')
  writeFileSync(file, await database.dump!())
  await database.close()
  project.provide('dbTemplate', file)
  return () => rmSync(dir, { recursive: true, force: true })
}
