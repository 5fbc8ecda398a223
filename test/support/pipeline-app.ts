import type { Role } from '../../server/auth/policy.js'
import { insertRoleUsers } from './access-scenario.js'
import { PIPELINE_NOW, pipelineScenario } from './pipeline-scenario.js'
import { signIn, type TestSession } from './sessions.js'
import { createTestApp } from './test-app.js'
import { createTestDatabase } from './test-database.js'

/** The named pipeline scenario on a database of its own, the app on its day, and a signed-in session per role asked. */
export async function openPipelineApp<R extends Role>(roles: readonly R[]) {
  const database = await createTestDatabase()
  const scenario = await pipelineScenario(database.db)
  await insertRoleUsers(database.db, [...roles])
  const app = createTestApp(database, {}, { now: PIPELINE_NOW })
  const sessions = {} as Record<R, TestSession>
  for (const role of roles) sessions[role] = await signIn(app, role)
  return { database, scenario, app, sessions }
}
