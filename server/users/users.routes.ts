import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { auditedCreate, auditedUpdate } from '../audit/audited-write.js'
import { access } from '../auth/access.js'
import { deleteUserSessions } from '../auth/auth.repo.js'
import { actorOf } from '../auth/authenticate.js'
import { hashPassword } from '../auth/password.js'
import { ApiError } from '../http/api-error.js'
import type { AppEnv } from '../http/app-env.js'
import { idParamSchema } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { requiredIfMatch, setEtag } from '../http/versioning.js'
import { findUser, insertUser, listUsers, lockUserSnapshot, type UserChanges, updateUser } from './users.repo.js'
import { newUserSchema, userListSchema, userPatchSchema, userSchema } from './users.schema.js'

const json = <T>(schema: T) => ({ 'application/json': { schema } })

const listRoute = createRoute({
  method: 'get',
  path: '/users',
  summary: 'Accounts (administrators only)',
  ...access('users', 'read'),
  responses: { 200: { description: 'All accounts', content: json(userListSchema) } },
})

const createUserRoute = createRoute({
  method: 'post',
  path: '/users',
  summary: 'Create an account',
  ...access('users', 'create'),
  request: { body: { content: json(newUserSchema), required: true } },
  responses: { 201: { description: 'Created', content: json(userSchema) }, 409: { description: 'The name is taken' } },
})

const patchUserRoute = createRoute({
  method: 'patch',
  path: '/users/{id}',
  summary: 'Change role, name, password or disable an account; signs the account out everywhere',
  ...access('users', 'update'),
  request: { params: idParamSchema, body: { content: json(userPatchSchema), required: true } },
  responses: {
    200: { description: 'The account after the change', content: json(userSchema) },
    412: { description: 'Stale version' },
  },
})

type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>
const present = (u: UserRow) => ({ ...u, created_at: new Date(u.created_at).toISOString() })

export const usersRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json({ users: (await listUsers(c.var.deps.db)).map(present) }, 200))
  .openapi(createUserRoute, async (c) => {
    const body = c.req.valid('json')
    const passwordHash = await hashPassword(body.password)
    const user = await auditedCreate(c.var.deps.db, {
      actor: actorOf(c),
      entity: 'users',
      insert: (trx) =>
        insertUser(trx, { name: body.name, displayName: body.display_name, role: body.role, passwordHash }),
      read: lockUserSnapshot,
    })
    const created = await findUser(c.var.deps.db, Number(user.id))
    setEtag(c, created!.version)
    return c.json(present(created!), 201)
  })
  .openapi(patchUserRoute, async (c) => {
    const { id } = c.req.valid('param')
    const changes = await userChanges(c, id, c.req.valid('json'))
    const { db } = c.var.deps
    const after = await auditedUpdate(db, {
      actor: actorOf(c),
      entity: 'users',
      id,
      expectedVersion: requiredIfMatch(c),
      lock: lockUserSnapshot,
      apply: async (trx) => {
        await updateUser(trx, id, changes)
        // A new role, password or a disabled account takes effect now, not when old sessions expire.
        if (changes.role || changes.password_hash || changes.disabled) await deleteUserSessions(trx, id)
      },
    })
    setEtag(c, after.version)
    return c.json(present((await findUser(db, id))!), 200)
  })

async function userChanges(
  c: Context<AppEnv>,
  id: number,
  patch: typeof userPatchSchema._output,
): Promise<UserChanges> {
  const self = c.var.session?.user.id === id
  if (self && (patch.role !== undefined || patch.disabled)) {
    throw new ApiError(
      'invalid_request',
      'role: administrators cannot demote or disable themselves (ask another administrator)',
    )
  }
  const { password, ...rest } = patch
  return password ? { ...rest, password_hash: await hashPassword(password) } : rest
}
