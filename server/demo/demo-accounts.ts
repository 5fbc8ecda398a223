import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { z } from 'zod'
import { deleteUserSessions } from '../auth/auth.repo.js'
import { hashPassword } from '../auth/password.js'
import type { Role } from '../auth/policy.js'
import type { DbOrTrx } from '../db/database.js'
import { findUserIdByName, insertUser, updateUser } from '../users/users.repo.js'

/** Demo mode only: one account per role. Their passwords are generated on first start, never fixed or served. */
export const demoAccounts: readonly { name: string; role: Role; displayName: string }[] = [
  { name: 'admin', role: 'admin', displayName: '演示管理员' },
  { name: 'planner', role: 'planner', displayName: '演示规划员' },
  { name: 'promoter', role: 'promoter', displayName: '演示招商员' },
  { name: 'viewer', role: 'viewer', displayName: '演示领导' },
]

export type DemoPasswords = Readonly<Record<string, string>>

const fileSchema = z.record(z.string(), z.string().min(12))

const newPassword = () => randomBytes(9).toString('base64url')

/**
 * The demo passwords, kept in a file only the server's user may read (beside the data, DEMO_ACCOUNTS_FILE), so each
 * start can print them again. A new file means new passwords: `fresh` tells the caller to set them.
 */
export function loadDemoPasswords(file: string): { passwords: DemoPasswords; fresh: boolean } {
  if (existsSync(file)) {
    const stored = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    if (stored.success && demoAccounts.every((a) => stored.data[a.name]))
      return { passwords: stored.data, fresh: false }
  }
  const passwords = Object.fromEntries(demoAccounts.map((a) => [a.name, newPassword()]))
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(passwords, null, 2)}\n`, { mode: 0o600 })
  chmodSync(file, 0o600)
  return { passwords, fresh: true }
}

/**
 * Creates the demo accounts that do not exist yet. With fresh passwords, existing demo accounts take them too, so an
 * install from before generated passwords stops accepting the old published ones.
 */
export async function ensureDemoAccounts(db: DbOrTrx, passwords: DemoPasswords, fresh: boolean): Promise<string[]> {
  const created: string[] = []
  for (const account of demoAccounts) {
    const password = passwords[account.name]!
    const existing = await findUserIdByName(db, account.name)
    if (existing && fresh) {
      await updateUser(db, existing, { password_hash: await hashPassword(password) })
      await deleteUserSessions(db, existing)
    }
    if (existing) continue
    await insertUser(db, {
      name: account.name,
      displayName: account.displayName,
      role: account.role,
      passwordHash: await hashPassword(password),
    })
    created.push(account.name)
  }
  return created
}

export const demoAccountsLine = (passwords: DemoPasswords) =>
  demoAccounts.map((a) => `${a.name} / ${passwords[a.name]}`).join(', ')
