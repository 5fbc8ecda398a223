import type { Actor } from '../audit/audit.repo.js'
import type { Db } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { changeHolds, releaseHold, reserveIfVacant, unitHolder, unitsHeldBy } from './unit-holds.repo.js'

async function assertProject(db: Db, projectId: number) {
  const found = await db.selectFrom('projects').select('id').where('id', '=', projectId).executeTakeFirst()
  if (!found) throw new ApiError('not_found', `No project with id ${projectId}`)
}

/** Why a unit cannot be reserved: gone, or held (by whom), or let. */
async function refusal(db: Db, unitId: number): Promise<ApiError> {
  const holder = await unitHolder(db, unitId)
  if (!holder) return new ApiError('invalid_value', `unit_ids: no unit with id ${unitId}`)
  const by = holder.project_code ? ` by ${holder.project_code} ${holder.project_name}` : ''
  return new ApiError(
    'conflict',
    `${holder.building} ${holder.code} is ${holder.status}${by}; it cannot be reserved twice`,
  )
}

/**
 * Reserves units for a project, all or none, in one transaction with the project's audit entry: a unit reserved
 * or let already refuses the whole request with 409, naming the unit and who holds it.
 */
export async function reserveUnits(db: Db, projectId: number, unitIds: readonly number[], actor: Actor) {
  await assertProject(db, projectId)
  const failed = await db
    .transaction()
    .execute(async (trx) => {
      await changeHolds(trx, projectId, actor, async () => {
        for (const unitId of unitIds) {
          if (!(await reserveIfVacant(trx, unitId, projectId))) throw new UnitTaken(unitId)
        }
      })
      return null
    })
    .catch((error: unknown) => {
      if (error instanceof UnitTaken) return error.unitId
      throw error
    })
  if (failed !== null) throw await refusal(db, failed)
  return unitsHeldBy(db, projectId)
}

class UnitTaken extends Error {
  constructor(readonly unitId: number) {
    super(`unit ${unitId} is not vacant`)
  }
}

export async function releaseUnit(db: Db, projectId: number, unitId: number, actor: Actor) {
  await assertProject(db, projectId)
  await db.transaction().execute(async (trx) => {
    await changeHolds(trx, projectId, actor, async () => {
      if (!(await releaseHold(trx, unitId, projectId)))
        throw new ApiError('not_found', `Project ${projectId} holds no unit with id ${unitId}`)
    })
  })
  return unitsHeldBy(db, projectId)
}

export { unitsHeldBy }
