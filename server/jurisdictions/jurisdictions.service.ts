import type { DbOrTrx } from '../db/database.js'
import { targetsOfRegions } from '../projects/targets.repo.js'
import { jurisdictionRows } from './jurisdictions.repo.js'
import type { Jurisdiction, JurisdictionTree } from './jurisdictions.schema.js'

/** The tree as served: staff also see each district's targets (they are set per region, the district's outline). */
export async function jurisdictionTree(
  db: DbOrTrx,
  { withTargets }: { withTargets: boolean },
): Promise<JurisdictionTree> {
  const rows = await jurisdictionRows(db)
  const targets = withTargets ? await targetsOfRegions(db) : []
  const jurisdictions = rows.map(({ region_id, boundary, ...unit }): Jurisdiction => {
    const shown = { ...unit, boundary: boundary as Jurisdiction['boundary'] }
    if (!withTargets) return shown
    const own = targets.filter((t) => region_id !== null && t.region_id === region_id)
    return { ...shown, targets: own.map(({ year, metric, target }) => ({ year, metric, target })) }
  })
  return { jurisdictions }
}
