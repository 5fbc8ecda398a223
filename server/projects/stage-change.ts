import { type Actor, recordAudit } from '../audit/audit.repo.js'
import { snapshotLocker } from '../audit/snapshot.repo.js'
import type { DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import type { ParcelStatus } from '../land/parcels.table.js'
import { changeHolds, releaseAllHolds } from '../space/unit-holds.repo.js'
import { otherHolders, recordStageMove, setParcelStatus } from './project-events.repo.js'
import { canMove, transitions } from './project-rules.js'
import type { ProjectStage } from './projects.table.js'

const lockParcel = snapshotLocker('parcels')

/** What the held parcel becomes when its project enters a stage. */
const parcelStatusFor: Partial<Record<ProjectStage, ParcelStatus>> = {
  land_supplied: 'supplied',
  construction: 'building',
  production: 'built',
}

export interface StageRequest {
  projectId: number
  parcelId: number | null
  from: ProjectStage
  stageSince: string
  to: ProjectStage
  on: string
  today: string
  note: string
  actor: Actor
}

/**
 * One lifecycle step inside the caller's transaction: refused unless the lifecycle allows it, dated, recorded as an
 * event, and carried over to the parcel (audited too), so the land inventory never disagrees with the pipeline.
 */
export async function changeStage(trx: DbOrTrx, r: StageRequest) {
  if (!canMove(r.from, r.to)) {
    throw new ApiError(
      'illegal_transition',
      `stage: a project cannot move from ${r.from} to ${r.to} (allowed: ${transitions[r.from].join(', ') || 'none'})`,
    )
  }
  if (r.on > r.today) throw new ApiError('invalid_request', `stage_on: ${r.on} is in the future`)
  if (r.on < r.stageSince)
    throw new ApiError('invalid_request', `stage_on: ${r.on} is before the current stage began (${r.stageSince})`)
  if (r.to === 'land_supplied' && r.parcelId === null) {
    throw new ApiError(
      'no_parcel',
      'parcel_id: name the parcel the land is supplied on before moving the project to land_supplied',
    )
  }
  await recordStageMove(trx, {
    projectId: r.projectId,
    from: r.from,
    to: r.to,
    on: r.on,
    actor: r.actor.name,
    note: r.note,
  })
  if (r.parcelId !== null) await carryToParcel(trx, r)
  // A project that ends gives back the space it reserved, in its audit history too.
  if (r.to === 'dropped' || r.to === 'transferred')
    await changeHolds(trx, r.projectId, r.actor, () => releaseAllHolds(trx, r.projectId))
}

async function carryToParcel(trx: DbOrTrx, r: StageRequest) {
  const parcelId = r.parcelId!
  const ending = r.to === 'dropped' || r.to === 'transferred'
  const before = await lockParcel(trx, parcelId)
  if (!before) return
  const status = ending ? releasedStatus(before.status as ParcelStatus) : parcelStatusFor[r.to]
  if (!status || status === before.status) return
  if (ending && (await otherHolders(trx, parcelId, r.projectId)) > 0) return
  await setParcelStatus(trx, parcelId, status, r.to === 'land_supplied' ? r.on : undefined)
  const after = await lockParcel(trx, parcelId)
  await recordAudit(trx, { actor: r.actor, action: 'update', entity: 'parcels', entityId: parcelId, before, after })
}

/** A dropped project gives back land it only held in intention; supplied land stays supplied. */
const releasedStatus = (status: ParcelStatus): ParcelStatus | undefined =>
  status === 'intended' ? 'available' : undefined
