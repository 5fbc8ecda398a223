import type { Actor } from '../audit/audit.repo.js'
import { recordAudit } from '../audit/audit.repo.js'
import type { Db, DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { CAPITAL_SHARING_MONTHS, capitalCredit } from '../jurisdictions/credit.js'
import { type CapitalArrivalRow, insertCapitalArrival, listCapitalArrivals, projectUnits } from './capital.repo.js'
import type { NewCapitalArrival, ProjectCapital } from './capital.schema.js'
import { addMonths } from './project-rules.js'

/** Each arrival credited to the project's own units (no parents: the tree is rolled up where units are ranked). */
function creditByYear(
  arrivals: readonly CapitalArrivalRow[],
  units: { firstReport: number | null; landing: number | null },
) {
  const first = arrivals[0]?.arrived_on
  const totals = new Map<string, ProjectCapital['credit'][number]>()
  const own = new Map<number, number | null>()
  for (const arrival of first ? arrivals : []) {
    const credit = capitalCredit({ on: arrival.arrived_on, amount: arrival.amount_wan }, first!, units, own)
    for (const [unit_id, credited] of credit) {
      const year = Number(arrival.arrived_on.slice(0, 4))
      const key = `${year}/${unit_id}/${arrival.kind}`
      const row = totals.get(key) ?? { year, unit_id, kind: arrival.kind, currency: arrival.currency, credited_wan: 0 }
      row.credited_wan = Math.round((row.credited_wan + credited) * 100) / 100
      totals.set(key, row)
    }
  }
  return [...totals.values()]
}

export async function projectCapital(db: DbOrTrx, projectId: number): Promise<ProjectCapital> {
  const units = await projectUnits(db, projectId)
  if (!units) throw new ApiError('not_found', `No project with id ${projectId}`)
  const arrivals = await listCapitalArrivals(db, projectId)
  const first = arrivals[0]?.arrived_on ?? null
  return {
    arrivals,
    first_arrival_on: first,
    shared_until: first && addMonths(first, CAPITAL_SHARING_MONTHS),
    credit: creditByYear(arrivals, { firstReport: units.first_report_unit_id, landing: units.landing_unit_id }),
  }
}

const summary = (arrivals: readonly CapitalArrivalRow[]) => ({
  capital_arrivals: arrivals.map((a) => `${a.arrived_on} ${a.amount_wan}万${a.currency} ${a.kind}`),
})

/** Records an arrival (not after today) and its place in the project's audit history, in one transaction. */
export async function addCapitalArrival(
  db: Db,
  projectId: number,
  arrival: NewCapitalArrival,
  actor: Actor,
  today: string,
) {
  if (arrival.arrived_on > today)
    throw new ApiError('invalid_value', `arrived_on: ${arrival.arrived_on} is after today`)
  return db.transaction().execute(async (trx) => {
    const before = await projectCapital(trx, projectId)
    await insertCapitalArrival(trx, { ...arrival, project_id: projectId, created_by: actor.name })
    const after = await projectCapital(trx, projectId)
    await recordAudit(trx, {
      actor,
      action: 'update',
      entity: 'projects',
      entityId: projectId,
      before: summary(before.arrivals),
      after: summary(after.arrivals),
    })
    return after
  })
}
