import type { Insertable } from 'kysely'
import { factoryUnits, officeUnits, smallFirmUnits, unitRowOf } from '../../scripts/demo/generate-units.js'
import { createRandom } from '../../scripts/demo/random.js'
import type { Db } from '../../server/db/database.js'
import { insertProjects, type NewProject } from '../../server/projects/projects.repo.js'
import { insertBuildings } from '../../server/space/buildings.repo.js'
import type { BuildingUnitsTable } from '../../server/space/space.table.js'
import type { BuildingKind } from '../../server/space/space-enums.js'

type NewUnit = Insertable<BuildingUnitsTable>

import { smallParkScenario, squareJson } from './scenarios.js'

/**
 * The small park with a dozen buildings of every kind, their units drawn by the demo's generators from a fixed seed:
 * varied enough that each filter keeps some units and drops others. One building is unpublished.
 */
export async function spaceScenario(db: Db) {
  const base = await smallParkScenario(db)
  const random = createRandom(22)
  const kinds: BuildingKind[] = ['standard_factory', 'standard_factory', 'small_firm_park', 'office', 'incubator']
  const buildings = Array.from({ length: 12 }, (_, i) => {
    const kind = kinds[i % kinds.length]!
    const units =
      kind === 'standard_factory'
        ? factoryUnits(random, random.int(1, 3), random.int(150, 450) * 10, 0.5)
        : kind === 'small_firm_park'
          ? smallFirmUnits(random, 3, 0.5)
          : officeUnits(random, kind, 12, 0.5)
    return { code: `TB-${i + 1}`, kind, units, published: i !== 11 }
  })
  const ids = await insertBuildings(
    db,
    buildings.map((b, i) => ({
      code: b.code,
      name: `测试载体${i + 1}`,
      name_en: `Test Building ${i + 1}`,
      kind: b.kind,
      region_id: base.regionId,
      park_id: i % 2 === 0 ? base.parkId : null,
      published: b.published,
      geometryJson: squareJson(121.01 + i * 0.002, 30.05, 0.0008),
    })),
  )
  const rows = buildings.flatMap((b) => b.units.map((u) => unitRowOf(ids.get(b.code)!, u)))
  await db.insertInto('building_units').values(rows).execute()
  return { ...base, buildingIds: ids, unitCount: rows.length }
}

/** The small park with one published factory 'F': its id, and the ids of the units given, by code. */
export async function oneFactoryScenario(
  db: Db,
  units: (base: { buildingId: number; projectIds: number[] }) => NewUnit[],
  projects: NewProject[] = [],
) {
  const { regionId, parkId } = await smallParkScenario(db)
  const ids = await insertBuildings(db, [
    {
      code: 'F',
      name: '厂房',
      kind: 'standard_factory',
      region_id: regionId,
      park_id: parkId,
      published: true,
      geometryJson: squareJson(121.02, 30.02, 0.001),
    },
  ])
  const buildingId = ids.get('F')!
  const projectIds = projects.length > 0 ? await insertProjects(db, projects) : []
  const rows = await db
    .insertInto('building_units')
    .values(units({ buildingId, projectIds }))
    .returning(['id', 'code'])
    .execute()
  return { buildingId, parkId, projectIds, unitIds: new Map(rows.map((row) => [row.code, row.id])) }
}

/** A project for the pipeline's side of space, stage as given. */
export const testProject = (code: string, stage: NewProject['stage'], parkId: number | null = null): NewProject => ({
  code,
  name: `项目${code}`,
  investor_name: '某投资方',
  investor_flags: [],
  notes: '',
  stage,
  land_category: 'industrial',
  park_id: parkId,
  lonLat: null,
})
