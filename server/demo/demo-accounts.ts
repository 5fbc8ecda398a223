import type { Role } from '../auth/policy.js'
import { hashPassword } from '../auth/password.js'
import type { DbOrTrx } from '../db/database.js'
import { findUserIdByName, insertUser } from '../users/users.repo.js'

/** Demo mode only: one account per role, with passwords printed on start and in the README. */
export const demoAccounts: readonly { name: string; role: Role; password: string; displayName: string }[] = [
  { name: 'admin', role: 'admin', password: 'atlas-admin', displayName: '演示管理员' },
  { name: 'planner', role: 'planner', password: 'atlas-planner', displayName: '演示规划员' },
  { name: 'promoter', role: 'promoter', password: 'atlas-promoter', displayName: '演示招商员' },
  { name: 'viewer', role: 'viewer', password: 'atlas-viewer', displayName: '演示领导' },
]

/** Creates the demo accounts that do not exist yet; returns the names created. */
export async function ensureDemoAccounts(db: DbOrTrx): Promise<string[]> {
  const created: string[] = []
  for (const account of demoAccounts) {
    if (await findUserIdByName(db, account.name)) continue
    await insertUser(db, { name: account.name, displayName: account.displayName, role: account.role, passwordHash: await hashPassword(account.password) })
    created.push(account.name)
  }
  return created
}

export const demoAccountsLine = () => demoAccounts.map((a) => `${a.name} / ${a.password}`).join(', ')
