import { addDays } from '../../server/projects/project-rules.js'
import type { TargetMetric } from '../../server/projects/projects.table.js'
import type { DemoParcel } from './generate-demo.js'
import type { DemoProject } from './generate-projects.js'
import type { Random } from './random.js'

export interface DemoTarget {
  district: string
  year: number
  metric: TargetMetric
  target: number
}

const landTaken = new Set(['supplied', 'building', 'built', 'idle'])

/**
 * Dates the land inventory needs for absorption and revitalisation: land that is taken was supplied on a day
 * in the last three years (a project's parcel on the day its land-use rights came), and some of it was idle land
 * revitalised this year.
 */
export function datePastSupply(parcels: DemoParcel[], projects: readonly DemoProject[], today: string, random: Random) {
  const rightsOn = new Map(
    projects.filter((p) => p.parcelCode && p.landRightsOn).map((p) => [p.parcelCode!, p.landRightsOn!]),
  )
  const year = today.slice(0, 4)
  for (const parcel of parcels) {
    const a = parcel.attributes
    if (!landTaken.has(a.status)) continue
    a.supplied_on = rightsOn.get(a.code) ?? addDays(today, -random.int(20, 1000))
    if (a.status !== 'idle' && a.supplied_on < `${year}-01-01` && random.chance(0.04)) {
      a.revitalised_on = `${year}-${String(random.int(1, Number(today.slice(5, 7)))).padStart(2, '0')}-15`
    }
  }
}

/** 赛马 targets this year for the districts the demo pipeline works in, scaled to a demo region of a few parks. */
export function generateTargets(today: string, districts: readonly string[], random: Random): DemoTarget[] {
  const year = Number(today.slice(0, 4))
  return districts.flatMap((district) => [
    { district, year, metric: 'projects_1yi' as const, target: random.int(2, 6) },
    { district, year, metric: 'projects_10yi' as const, target: random.int(1, 2) },
    { district, year, metric: 'foreign_capital_usd_wan' as const, target: random.int(2, 8) * 1000 },
    { district, year, metric: 'industrial_land_investment_wan' as const, target: random.int(2, 8) * 50_000 },
  ])
}
