import type { Db } from '../../server/db/database.js'
import { insertBuildings } from '../../server/space/buildings.repo.js'
import { squareJson } from './scenarios.js'

interface Places {
  regionId: number
  parkId: number
  /** An unpublished park: a published building in it must not name it. */
  secretParkId: number
  projectId: number
}

/**
 * Space the public must not see: an unpublished building with a canary in every text, a published one whose staff
 * note is a canary, and in it a let unit (tenant), a unit reserved by the confidential project, and a vacant unit;
 * and a published building with a vacant unit in an unpublished park: the park's name is a canary, and asking for
 * its id lists nothing.
 */
export async function insertSpaceCanaries(db: Db, canary: (field: string) => string, places: Places) {
  const ids = await insertBuildings(db, [
    {
      code: canary('buildings.code'),
      name: canary('buildings.name'),
      name_en: canary('buildings.name_en'),
      kind: 'standard_factory',
      region_id: places.regionId,
      park_id: places.parkId,
      address: canary('buildings.address'),
      operator: canary('buildings.operator'),
      contact: canary('buildings.contact'),
      notes: canary('buildings.notes.secret'),
      published: false,
      geometryJson: squareJson(121.013, 30.013, 0.0005),
    },
    {
      code: 'TB-PUBLIC',
      name: '公开厂房',
      name_en: 'Public Factory',
      kind: 'standard_factory',
      region_id: places.regionId,
      park_id: places.parkId,
      notes: canary('buildings.notes'),
      published: true,
      geometryJson: squareJson(121.014, 30.014, 0.0005),
    },
    {
      code: 'TB-IN-SECRET-PARK',
      name: '未公开园区内的厂房',
      kind: 'standard_factory',
      region_id: places.regionId,
      park_id: places.secretParkId,
      published: true,
      geometryJson: squareJson(121.016, 30.016, 0.0005),
    },
  ])
  const secret = ids.get(canary('buildings.code'))!
  const open = ids.get('TB-PUBLIC')!
  const unit = (building_id: number, code: string, extra: Record<string, unknown>) => ({
    building_id,
    code,
    floor: 1,
    area_m2: 1200,
    ...extra,
  })
  await db
    .insertInto('building_units')
    .values([
      unit(secret, 'S-1', { lease_terms: canary('building_units.secret.lease_terms') }),
      unit(open, 'P-LET', { status: 'let', tenant: canary('building_units.tenant') }),
      unit(open, 'P-RES', {
        status: 'reserved',
        project_id: places.projectId,
        lease_terms: canary('building_units.reserved.lease_terms'),
      }),
      unit(open, 'P-VAC', { column_grid: '9m×9m' }),
      unit(ids.get('TB-IN-SECRET-PARK')!, 'S-VAC', {}),
    ])
    .execute()
  return { secretBuildingId: secret, publicBuildingId: open }
}
