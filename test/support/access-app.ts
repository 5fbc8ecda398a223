import { afterAll, beforeAll } from 'vitest'
import type { OpenDatabase } from '../../server/db/open-database.js'
import { accessScenario } from './access-scenario.js'
import { createTestApp } from './test-app.js'
import { createTestDatabase } from './test-database.js'

export interface AccessApp {
  readonly database: OpenDatabase
  readonly app: ReturnType<typeof createTestApp>
  readonly scenario: Awaited<ReturnType<typeof accessScenario>>
}

/** For an API test file: the access scenario (every role, canaries everywhere) in a fresh database, and the app on it. */
export function useAccessApp(env: Record<string, string> = {}): AccessApp {
  const holder = {} as { database: OpenDatabase; app: AccessApp['app']; scenario: AccessApp['scenario'] }
  beforeAll(async () => {
    holder.database = await createTestDatabase()
    holder.scenario = await accessScenario(holder.database.db)
    holder.app = createTestApp(holder.database, env)
  })
  afterAll(() => holder.database?.close())
  return holder
}
