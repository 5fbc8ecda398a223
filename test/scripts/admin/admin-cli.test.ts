import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { backupCommand } from '../../../scripts/admin/backup.js'
import { restoreCommand } from '../../../scripts/admin/restore.js'
import { userCommand } from '../../../scripts/admin/user.js'
import { type OpenDatabase, openDatabase } from '../../../server/db/open-database.js'
import { runAdminScript, runCommandOn } from '../../support/run-script.js'
import { createMigratedPgliteDir, createTestDatabase, usingPostgres } from '../../support/test-database.js'

const work = mkdtempSync(join(tmpdir(), 'atlas-cli-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const runTool = runAdminScript

describe('PGlite directory lock', () => {
  const dir = join(work, 'locked')

  it('a second process opening the same directory fails at once with a clear message', async () => {
    const holder = await openDatabase({ kind: 'pglite', dir })
    try {
      expect(existsSync(`${dir}.lock`)).toBe(true)
      const second = await runTool('backup', [join(work, 'never.jsonl.gz')], { PGLITE_DIR: dir })
      expect(second.code).toBe(1)
      expect(second.out).toContain(`The embedded database ${dir} is in use by process ${process.pid}`)
      expect(second.out).not.toMatch(/\n\s+at /)
      await expect(openDatabase({ kind: 'pglite', dir })).rejects.toThrow(/in use by process/)
    } finally {
      await holder.close()
    }
    expect(existsSync(`${dir}.lock`)).toBe(false)
  })

  it('takes over a lock left by a process that no longer runs', async () => {
    writeFileSync(
      `${dir}.lock`,
      JSON.stringify({
        pid: 2 ** 22 + 12345,
        host: (await import('node:os')).hostname(),
        since: '2026-01-01T00:00:00Z',
      }),
    )
    const reopened = await openDatabase({ kind: 'pglite', dir })
    await reopened.close()
    expect(existsSync(`${dir}.lock`)).toBe(false)
  })
})

describe('npm run user / backup / restore', () => {
  it('create an account, list it, back up and restore the database they run on', { timeout: 180_000 }, async () => {
    const testDb = usingPostgres ? await createTestDatabase() : undefined
    const env: Record<string, string> = testDb?.url
      ? { DATABASE_URL: testDb.url }
      : { PGLITE_DIR: join(work, 'cli-db') }
    if (!testDb) await createMigratedPgliteDir(env.PGLITE_DIR!)
    const file = join(work, 'cli.jsonl.gz')
    try {
      const add = await runTool('user', ['add', 'Alice', '--role', 'planner', '--password', 'alice-password-1'], env)
      expect(add.out).toContain('Created planner alice')
      expect(add.code).toBe(0)
      // Between the tools' own processes, their commands on the same database, kept open by this test.
      const database = testDb ?? (await openDatabase({ kind: 'pglite', dir: env.PGLITE_DIR! }))
      try {
        await backUpAndChange(database, file)
      } finally {
        if (!testDb) await database.close()
      }
      const restore = await runTool('restore', [file, '--yes'], env)
      expect(restore.out).toMatch(/users\s+2 rows, checksum equal/)
      expect((await runTool('user', ['list'], env)).out).toMatch(/alice\s+planner\s+active/)
    } finally {
      await testDb?.close()
    }
  })
})

async function backUpAndChange(database: OpenDatabase, file: string) {
  const badRole = await runCommandOn(userCommand, ['add', 'bob', '--role', 'boss'], database)
  expect(badRole).toMatchObject({
    code: 1,
    out: expect.stringContaining('--role must be one of admin, planner, promoter, viewer'),
  })
  const generated = await runCommandOn(userCommand, ['add', 'carol', '--role', 'viewer'], database)
  expect(generated.out).toMatch(/Created viewer carol with password [\w-]{16} \(shown once\)/)
  const list = await runCommandOn(userCommand, ['list'], database)
  expect(list.out).toMatch(/alice\s+planner\s+active/)
  const backup = await runCommandOn(backupCommand, [file], database)
  expect(backup.out).toMatch(/users\s+2\s+md5 [0-9a-f]{32}/)
  expect((await runCommandOn(userCommand, ['disable', 'alice'], database)).out).toContain('alice disabled')
  const refused = await runCommandOn(restoreCommand, [file], database)
  expect(refused).toMatchObject({ code: 1, out: expect.stringContaining('Add --yes') })
  expect((await runCommandOn(userCommand, ['list'], database)).out).toMatch(/alice\s+planner\s+disabled/)
}
