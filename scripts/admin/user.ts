import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { auditedCreate, auditedUpdate } from '../../server/audit/audited-write.js'
import { deleteUserSessions } from '../../server/auth/auth.repo.js'
import { userNameSchema } from '../../server/auth/auth.schema.js'
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../server/auth/password.js'
import { roles } from '../../server/auth/policy.js'
import type { Db } from '../../server/db/database.js'
import { migrateToLatest } from '../../server/db/migrate.js'
import {
  findUser,
  findUserIdByName,
  insertUser,
  listUsers,
  lockUserSnapshot,
  type UserChanges,
  updateUser,
} from '../../server/users/users.repo.js'
import { type CliCommand, isMainScript, runCli } from './run-cli.js'

const usage = `Usage:
  npm run user -- add NAME --role admin|planner|promoter|viewer [--password P] [--display-name TEXT]
  npm run user -- password NAME [--password P]
  npm run user -- disable NAME | enable NAME
  npm run user -- list
Without --password a random one is generated and printed once.`

const cli = { id: null, name: 'cli' }

/** `npm run user -- …`: accounts from the server's machine, audited as the API's edits are. */
export const userCommand: CliCommand = async ({ args, print, withDatabase }) => {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, password: { type: 'string' }, 'display-name': { type: 'string' } },
  })
  const [command, rawName] = positionals
  if (!command) throw new Error(usage)
  await withDatabase(async ({ db }) => {
    await migrateToLatest(db)
    await run(db, print, command, rawName, values)
  })
}

if (isMainScript(import.meta.url)) await runCli(userCommand)

type Print = (line: string) => void
type UserFlags = { role?: string; password?: string; 'display-name'?: string }

async function run(db: Db, print: Print, command: string, rawName: string | undefined, values: UserFlags) {
  if (command === 'list') {
    for (const u of await listUsers(db))
      print(`${u.name.padEnd(20)} ${u.role.padEnd(9)} ${u.disabled ? 'disabled' : 'active  '} ${u.display_name}`)
    return
  }
  const name = parseName(rawName)
  if (command === 'add') return addUser(db, print, name, values)
  const id = await findUserIdByName(db, name)
  if (!id) throw new Error(`No user ${name}`)
  if (command === 'password') {
    const password = passwordFrom(values.password)
    await change(db, id, { password_hash: await hashPassword(password.value) })
    print(
      `Password of ${name} changed${password.generated ? `: ${password.value}` : ''}; their sessions are signed out.`,
    )
  } else if (command === 'disable' || command === 'enable') {
    await change(db, id, { disabled: command === 'disable' })
    print(`${name} ${command}d`)
  } else {
    throw new Error(usage)
  }
}

async function addUser(db: Db, print: Print, name: string, values: UserFlags) {
  const role = roles.find((r) => r === values.role)
  if (!role) throw new Error(`--role must be one of ${roles.join(', ')}`)
  const password = passwordFrom(values.password)
  const passwordHash = await hashPassword(password.value)
  await auditedCreate(db, {
    actor: cli,
    entity: 'users',
    insert: (trx) => insertUser(trx, { name, displayName: values['display-name'] ?? '', role, passwordHash }),
    read: lockUserSnapshot,
  })
  print(`Created ${role} ${name}${password.generated ? ` with password ${password.value} (shown once)` : ''}`)
}

async function change(db: Db, id: number, changes: UserChanges) {
  const current = await findUser(db, id)
  await auditedUpdate(db, {
    actor: cli,
    entity: 'users',
    id,
    expectedVersion: current!.version,
    lock: lockUserSnapshot,
    apply: async (trx) => {
      await updateUser(trx, id, changes)
      await deleteUserSessions(trx, id)
    },
  })
}

function parseName(raw: string | undefined): string {
  const parsed = userNameSchema.safeParse(raw ?? '')
  if (!parsed.success) throw new Error(`NAME: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
  return parsed.data
}

function passwordFrom(given: string | undefined): { value: string; generated: boolean } {
  if (given === undefined) return { value: randomBytes(12).toString('base64url'), generated: true }
  if (given.length < MIN_PASSWORD_LENGTH)
    throw new Error(`--password must have at least ${MIN_PASSWORD_LENGTH} characters`)
  return { value: given, generated: false }
}
