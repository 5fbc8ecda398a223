import { z } from '@hono/zod-openapi'
import { actions, resources, roles } from './policy.js'

export const userNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{1,39}$/, 'expected 2–40 letters, digits, _ . or -')

export const loginBodySchema = z.object({
  name: userNameSchema,
  password: z.string().min(1).max(200),
})

export const demoLoginBodySchema = z.object({ name: userNameSchema })

export const sessionUserSchema = z
  .object({ id: z.number().int(), name: z.string(), displayName: z.string(), role: z.enum(roles) })
  .openapi('SessionUser')

export const permissionsSchema = z
  .partialRecord(z.enum(resources as [string, ...string[]]), z.array(z.enum(actions)))
  .openapi('Permissions', { description: 'What the current principal may do, from the server policy table' })

export const sessionSchema = z
  .object({
    user: sessionUserSchema.nullable(),
    permissions: permissionsSchema,
    csrfToken: z.string().nullable().openapi({ description: 'Send as X-CSRF-Token on every state-changing request' }),
  })
  .openapi('Session')
