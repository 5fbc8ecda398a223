import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { migrateToLatest } from '../../server/db/migrate.js'
import { openPgliteThread, openPostgres } from '../../server/db/open-database.js'
import { dropDatabase, recreateTemplateDatabase, TEMPLATE_DATABASE } from '../../server/db/postgres-admin.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a dumped, migrated data directory. PostgreSQL: name of a migrated template database. */
    dbTemplate: string
    /** Where the first browser file of the run keeps the demo server's data for the others (see browser-template.ts). */
    browserTemplateDir: string
  }
}

/** The PostgreSQL database that holds the browser tests' demo data; named after the run's template directory. */
export const demoTemplateDatabase = (templateRoot: string) =>
  `atlas_e2e_demo_${basename(templateRoot)
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()}`

/** Migrates once per run; every test file then starts from its own copy in about two seconds. */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL
  const browserDir = mkdtempSync(join(tmpdir(), 'atlas-browser-'))
  project.provide('browserTemplateDir', browserDir)
  const removeBrowserTemplate = async () => {
    rmSync(browserDir, { recursive: true, force: true })
    if (url) await dropDatabase(url, demoTemplateDatabase(browserDir))
  }
  if (url) {
    await recreateTemplateDatabase(url, async (templateUrl) => {
      const database = openPostgres(templateUrl)
      await migrateToLatest(database.db)
      await database.close()
    })
    project.provide('dbTemplate', TEMPLATE_DATABASE)
    return removeBrowserTemplate
  }
  const dir = mkdtempSync(join(tmpdir(), 'atlas-template-'))
  const database = await openPgliteThread()
  await migrateToLatest(database.db)
  const file = join(dir, 'migrated.tar')
  writeFileSync(file, await database.dump!())
  await database.close()
  project.provide('dbTemplate', file)
  return async () => {
    rmSync(dir, { recursive: true, force: true })
    await removeBrowserTemplate()
  }
}
