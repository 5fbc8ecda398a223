import type { Context } from 'hono'
import { allows } from '../auth/access.js'
import type { AppEnv } from '../http/app-env.js'
import type { ParcelAudience } from './parcels.repo.js'

/** Who the land answers are for: staff see unpublished parcels and staff fields, everyone else the public allowlist. */
export const landAudience = (c: Context<AppEnv>): ParcelAudience =>
  allows(c, 'unpublished_parcels', 'read') ? 'staff' : 'public'
