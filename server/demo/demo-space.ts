import { DEMO_SEED, type DemoData } from '../../scripts/demo/generate-demo.js'
import { type DemoBuilding, generateSpace } from '../../scripts/demo/generate-space.js'
import { unitRowOf } from '../../scripts/demo/generate-units.js'
import type { DbOrTrx } from '../db/database.js'
import { chunks } from '../db/geometry.js'
import { insertBuildings } from '../space/buildings.repo.js'

interface SpaceIds {
  regionIds: ReadonlyMap<string, number>
  parkIds: ReadonlyMap<string, { id: number }>
  parcelIds: ReadonlyMap<string, number>
}

/** The demo's factories, small-firm parks, office buildings and town, published and marked as demonstration data. */
export async function insertDemoSpace(trx: DbOrTrx, data: DemoData, ids: SpaceIds): Promise<number> {
  const buildings = generateSpace(data.parks, data.parcels, DEMO_SEED)
  const buildingIds = await insertBuildings(
    trx,
    buildings.map((b) => buildingRow(b, ids)),
  )
  const units = buildings.flatMap((b) => b.units.map((u) => unitRowOf(buildingIds.get(b.code)!, u)))
  for (const chunk of chunks(units, 500)) await trx.insertInto('building_units').values(chunk).execute()
  return buildings.length
}

function buildingRow(b: DemoBuilding, ids: SpaceIds) {
  const regionId = ids.regionIds.get(b.district)
  if (regionId === undefined) throw new Error(`demo building ${b.code}: no district ${b.district}`)
  return {
    code: b.code,
    name: b.name,
    name_en: b.nameEn,
    kind: b.kind,
    region_id: regionId,
    park_id: b.parkCode ? ids.parkIds.get(b.parkCode)!.id : null,
    parcel_id: b.parcelCode ? (ids.parcelIds.get(b.parcelCode) ?? null) : null,
    address: b.address,
    address_en: b.addressEn,
    floors: b.floors,
    gross_m2: b.grossM2,
    year_built: b.yearBuilt,
    operator: b.operator,
    operator_en: b.operatorEn,
    contact: '0574-8800 0000',
    links: [],
    tax_over_100m: b.taxOver100m,
    is_demo: true,
    published: true,
    geometryJson: JSON.stringify(b.geometry),
  }
}
