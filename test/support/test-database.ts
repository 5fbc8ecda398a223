import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { inject } from 'vitest'
import { type OpenDatabase, openPgliteThread, openPostgres } from '../../server/db/open-database.js'
import { createDatabaseFromTemplate, dropDatabase } from '../../server/db/postgres-admin.js'

export const usingPostgres = Boolean(process.env.DATABASE_URL)

/** A freshly migrated database of its own: PostGIS when DATABASE_URL is set, embedded PGlite otherwise. */
export async function createTestDatabase(): Promise<OpenDatabase & { url?: string }> {
  const template = inject('dbTemplate')
  const url = process.env.DATABASE_URL
  if (url) {
    const name = `atlas_test_${randomBytes(6).toString('hex')}`
    const testUrl = await createDatabaseFromTemplate(url, name, template)
    const database = openPostgres(testUrl)
    return {
      ...database,
      url: testUrl,
      close: async () => {
        await database.close()
        await dropDatabase(url, name)
      },
    }
  }
  return openPgliteThread({ loadDataDir: readFileSync(template) })
}

/**
 * A PGlite data directory on disk that starts migrated (the run's template), for a tool run in a process of its own:
 * it opens in seconds instead of running initdb and every migration first.
 */
export async function createMigratedPgliteDir(dir: string): Promise<void> {
  const database = await openPgliteThread({ dataDir: dir, loadDataDir: readFileSync(inject('dbTemplate')) })
  await database.close()
}
