import { createApp } from '../../server/app.js'
import { loadConfig } from '../../server/config.js'
import type { OpenDatabase } from '../../server/db/open-database.js'
import type { AppDeps } from '../../server/http/app-env.js'

/** The real app on a test database, driven through app.request(): no network, no mocks. */
export function createTestApp(
  database: OpenDatabase,
  env: Record<string, string> = {},
  extra: Pick<AppDeps, 'now' | 'webRoot'> = {},
) {
  const config = loadConfig({
    ...env,
    ...(database.kind === 'postgres' ? { DATABASE_URL: 'postgres://test@localhost/test' } : {}),
  })
  return createApp({ db: database.db, dbKind: database.kind, config, ...extra })
}
