import type { z } from '@hono/zod-openapi'
import { sql } from 'kysely'
import type { Actor } from '../audit/audit.repo.js'
import { auditedUpdate } from '../audit/audited-write.js'
import { snapshotLocker } from '../audit/snapshot.repo.js'
import type { Db } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import type { buildingPatchSchema, unitPatchSchema } from './space-edit.schema.js'

const lockBuilding = snapshotLocker('buildings')
const lockUnit = snapshotLocker('building_units')

/** A building's new description, If-Match checked, audited with its whole row before and after. */
export function patchBuilding(
  db: Db,
  id: number,
  patch: z.infer<typeof buildingPatchSchema>,
  version: number,
  actor: Actor,
) {
  return auditedUpdate(db, {
    actor,
    entity: 'buildings',
    id,
    expectedVersion: version,
    lock: lockBuilding,
    apply: async (trx) => {
      await trx
        .updateTable('buildings')
        .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', id)
        .execute()
    },
  })
}

/**
 * A unit's new figures or terms. Its status may move between vacant and let; a unit a project reserved is the
 * pipeline's to give back (409), so a planner never undoes a reservation behind the project's back.
 */
export function patchUnit(db: Db, id: number, patch: z.infer<typeof unitPatchSchema>, version: number, actor: Actor) {
  return auditedUpdate(db, {
    actor,
    entity: 'building_units',
    id,
    expectedVersion: version,
    lock: lockUnit,
    apply: async (trx, _id, before) => {
      if (patch.status && before.status === 'reserved')
        throw new ApiError(
          'conflict',
          `status: unit ${before.code} is reserved by a project; release it from the project`,
        )
      const tenant = patch.status === 'vacant' ? { tenant: null } : {}
      await trx
        .updateTable('building_units')
        .set({ ...patch, ...tenant, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', id)
        .execute()
    },
  })
}
