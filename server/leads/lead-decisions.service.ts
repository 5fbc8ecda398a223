import { type Actor, recordAudit } from '../audit/audit.repo.js'
import { auditedUpdate } from '../audit/audited-write.js'
import type { Db, DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { lockProjectSnapshot } from '../projects/projects.repo.js'
import type { ProjectStage } from '../projects/projects.table.js'
import { changeStage } from '../projects/stage-change.js'
import { leadLight, workingDaysBetween } from './lead-rules.js'
import { type LeadRow, lockLeadSnapshot, updateLead, userExists } from './leads.repo.js'
import type { leadPatchSchema } from './leads.schema.js'
import type { LeadStatus } from './leads.table.js'

type LeadPatch = (typeof leadPatchSchema)['_output']

/** A lead as staff see it: with how many working days it has waited and its light. */
export function presentLead(row: LeadRow, today: string) {
  const working_days_open = workingDaysBetween(row.created_at.slice(0, 10), today)
  return { ...row, working_days_open, light: leadLight(row.status, working_days_open) }
}

/** Converting moves the project on to assessment; rejecting drops it, the reason as the stage note. */
const projectStageAfter: Partial<Record<LeadStatus, ProjectStage>> = { converted: 'assessed', rejected: 'dropped' }

export interface LeadDecision {
  id: number
  expectedVersion: number
  patch: LeadPatch
  actor: Actor
  today: string
}

/** Assign an owner, convert or reject (with a reason): one transaction with the project's move, all audited. */
export function decideLead(db: Db, decision: LeadDecision) {
  const { id, patch, actor } = decision
  return auditedUpdate(db, {
    actor,
    entity: 'leads',
    id,
    expectedVersion: decision.expectedVersion,
    lock: lockLeadSnapshot,
    apply: async (trx, _id, before) => {
      const was = before.status as LeadStatus
      if (patch.status && (was === 'converted' || was === 'rejected'))
        throw new ApiError('illegal_transition', `status: the lead is already ${was}`)
      if (patch.owner_id && !(await userExists(trx, patch.owner_id)))
        throw new ApiError('invalid_request', `owner_id: no user with id ${patch.owner_id}`)
      const status = patch.status ?? (patch.owner_id && was === 'new' ? 'assigned' : was)
      await updateLead(trx, id, { status, owner_id: patch.owner_id, reject_reason: patch.reject_reason })
      const stage = projectStageAfter[status]
      if (stage && status !== was) await moveProject(trx, before.project_id as number, stage, decision)
    },
  })
}

async function moveProject(trx: DbOrTrx, projectId: number, to: ProjectStage, decision: LeadDecision) {
  const before = await lockProjectSnapshot(trx, projectId)
  // Staff may have moved the project on in the pipeline already: the lead's decision then changes only the lead.
  if (before?.stage !== 'lead') return
  await changeStage(trx, {
    projectId,
    parcelId: null,
    from: 'lead',
    stageSince: before.stage_changed_on as string,
    to,
    on: decision.today,
    today: decision.today,
    note: decision.patch.reject_reason ?? '',
    actor: decision.actor,
  })
  const after = await lockProjectSnapshot(trx, projectId)
  await recordAudit(trx, {
    actor: decision.actor,
    action: 'update',
    entity: 'projects',
    entityId: projectId,
    before,
    after,
  })
}
