import { migrateToLatest } from '../../server/db/migrate.js'
import { type OpenDatabase, openPgliteThread, openPostgres } from '../../server/db/open-database.js'
import { createDatabaseFromTemplate, dropDatabase } from '../../server/db/postgres-admin.js'

/**
 * A migrated, empty database for one benchmark run: PGlite in memory, or with DATABASE_URL a throwaway database
 * on that server (dropped afterwards), so a benchmark never writes into the database the app uses.
 */
export async function openBenchDatabase(
  options: { statementTimeoutMs?: number; url?: string | null } = {},
): Promise<OpenDatabase> {
  const url = options.url === undefined ? process.env.DATABASE_URL : options.url
  if (!url) {
    const database = await openPgliteThread()
    await migrateToLatest(database.db)
    return database
  }
  const name = `atlas_bench_${process.pid}`
  const database = openPostgres(await createDatabaseFromTemplate(url, name, 'template0'), options)
  await migrateToLatest(database.db)
  return {
    ...database,
    close: async () => {
      await database.close()
      await dropDatabase(url, name)
    },
  }
}
