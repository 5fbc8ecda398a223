import type { Actor } from '../audit/audit.repo.js'
import { auditedUpdate } from '../audit/audited-write.js'
import type { Db, DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { unitsByIds } from '../jurisdictions/jurisdictions.repo.js'
import type { JurisdictionLevel } from '../jurisdictions/jurisdictions.table.js'
import { presentProject } from './project-present.js'
import type { PipelineThresholds } from './project-rules.js'
import { findProjectRow, listReportFacts, lockProjectSnapshot, updateProject } from './projects.repo.js'
import type { ProjectFeature, ProjectPatch } from './projects.schema.js'
import type { ProjectStage } from './projects.table.js'
import { breachedProjectIds, windowHolderOn } from './report-breaches.js'
import { changeStage } from './stage-change.js'

/** One project as the rules see it today, the first-report registry compared across the pipeline. */
export async function presentStoredProject(
  db: DbOrTrx,
  id: number,
  today: string,
  t: PipelineThresholds,
): Promise<{ feature: ProjectFeature; version: number }> {
  const row = await findProjectRow(db, id)
  if (!row) throw new ApiError('not_found', `No project with id ${id}`)
  return { feature: presentProject(row, today, t, await listReportFacts(db)), version: row.version }
}

/** Which levels each unit field takes: a project is first talked to by any unit, lands where there is territory. */
const unitFields = {
  first_report_unit_id: ['district', 'town', 'platform', 'department'],
  landing_unit_id: ['district', 'town', 'platform'],
  responsible_department_id: ['department'],
} as const satisfies Record<string, readonly JurisdictionLevel[]>

async function checkUnits(db: DbOrTrx, patch: ProjectPatch) {
  const named = (Object.keys(unitFields) as (keyof typeof unitFields)[]).filter((f) => patch[f] != null)
  const units = new Map(
    (
      await unitsByIds(
        db,
        named.map((f) => patch[f]!),
      )
    ).map((u) => [u.id, u]),
  )
  for (const field of named) {
    const unit = units.get(patch[field]!)
    const allowed: readonly JurisdictionLevel[] = unitFields[field]
    if (!unit) throw new ApiError('invalid_value', `${field}: no jurisdiction with id ${patch[field]}`)
    if (!allowed.includes(unit.level))
      throw new ApiError(
        'invalid_value',
        `${field}: ${unit.name} is a ${unit.level}; this takes a ${allowed.join(', ')}`,
      )
  }
}

/**
 * 首报首谈 (001 §3): a report of a company another unit holds the window for is refused, and told who holds it until
 * when. Checked on the stored project after the change, inside the transaction, so nothing is written if refused.
 */
async function checkFirstReportWindow(trx: DbOrTrx, id: number, patch: ProjectPatch, t: PipelineThresholds) {
  const reporting = ['first_reported_on', 'first_report_unit_id', 'investor_credit_code'].some(
    (f) => patch[f as keyof ProjectPatch] != null,
  )
  if (!reporting) return
  const facts = await listReportFacts(trx)
  const project = facts.find((p) => p.id === id)!
  if (!project.first_reported_on) return
  const holder = windowHolderOn(project, facts, project.first_reported_on, t)
  if (!holder) return
  const [unit] = holder.unit_id ? await unitsByIds(trx, [holder.unit_id]) : []
  throw new ApiError(
    'conflict',
    `first_reported_on: ${unit?.name ?? 'another unit'} holds the first talks with this company from ${holder.from} until ${holder.until} (${holder.project_code})`,
  )
}

export interface PatchContext {
  actor: Actor
  expectedVersion: number
  today: string
  thresholds: PipelineThresholds
}

/** Field changes first (a parcel named in the same request is the one land is supplied on), then the stage step. */
export async function patchProject(db: Db, id: number, patch: ProjectPatch, context: PatchContext) {
  const { stage, stage_on, stage_note, ...fields } = patch
  await checkUnits(db, patch)
  await auditedUpdate(db, {
    actor: context.actor,
    entity: 'projects',
    id,
    expectedVersion: context.expectedVersion,
    lock: lockProjectSnapshot,
    apply: async (trx, _id, before) => {
      if (Object.keys(fields).length > 0) await updateProject(trx, id, fields)
      await checkFirstReportWindow(trx, id, patch, context.thresholds)
      if (!stage || stage === before.stage) return
      await changeStage(trx, {
        projectId: id,
        parcelId: fields.parcel_id !== undefined ? fields.parcel_id : (before.parcel_id as number | null),
        from: before.stage as ProjectStage,
        stageSince: before.stage_changed_on as string,
        to: stage,
        on: stage_on ?? context.today,
        today: context.today,
        note: stage_note ?? '',
        actor: context.actor,
      })
    },
  })
}

/** Marks the projects a report breach excludes from ranking credit (001 §3): the one rule both rankings apply. */
export async function markCreditExcluded<P extends { id: number }>(
  db: DbOrTrx,
  projects: readonly P[],
  t: PipelineThresholds,
): Promise<(P & { credit_excluded: boolean })[]> {
  const excluded = breachedProjectIds(await listReportFacts(db), t)
  return projects.map((p) => ({ ...p, credit_excluded: excluded.has(p.id) }))
}
