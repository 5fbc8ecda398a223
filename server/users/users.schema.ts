import { z } from '@hono/zod-openapi'
import { userNameSchema } from '../auth/auth.schema.js'
import { MIN_PASSWORD_LENGTH } from '../auth/password.js'
import { roles } from '../auth/policy.js'

const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(200)

export const userSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    display_name: z.string(),
    role: z.enum(roles),
    disabled: z.boolean(),
    version: z.number().int(),
    created_at: z.string(),
  })
  .openapi('User')

export const userListSchema = z.object({ users: z.array(userSchema) }).openapi('UserList')

export const newUserSchema = z
  .object({
    name: userNameSchema,
    display_name: z.string().trim().max(100).default(''),
    role: z.enum(roles),
    password: passwordSchema,
  })
  .strict()
  .openapi('NewUser')

export const userPatchSchema = z
  .object({
    display_name: z.string().trim().max(100),
    role: z.enum(roles),
    disabled: z.boolean(),
    password: passwordSchema,
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'name at least one field to change' })
  .openapi('UserPatch')
