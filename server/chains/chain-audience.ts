import type { Context } from 'hono'
import { allows } from '../auth/access.js'
import type { AppEnv } from '../http/app-env.js'
import type { EnterpriseAudience } from './enterprises.repo.js'

/** Target firms (to attract) are leads: only those who may read leads see them, their counts or their contacts. */
export const enterpriseAudience = (c: Context<AppEnv>): EnterpriseAudience =>
  allows(c, 'leads', 'read') ? 'staff' : 'public'
