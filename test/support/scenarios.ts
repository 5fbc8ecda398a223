import type { Db, DbOrTrx } from '../../server/db/database.js'
import { insertInfrastructure } from '../../server/infra/infra.repo.js'
import { insertJurisdictions } from '../../server/jurisdictions/jurisdictions.repo.js'
import { insertParcels, type NewParcel } from '../../server/land/parcels.repo.js'
import { insertParks } from '../../server/parks/parks.repo.js'
import { insertRegions } from '../../server/regions/regions.repo.js'

/** A small square as GeoJSON text: [lon, lat] of the south-west corner and a side in degrees. */
export function squareJson(lon: number, lat: number, side: number): string {
  const ring = [
    [lon, lat],
    [lon + side, lat],
    [lon + side, lat + side],
    [lon, lat + side],
    [lon, lat],
  ]
  return JSON.stringify({ type: 'Polygon', coordinates: [ring] })
}

const parcelDefaults = {
  land_use_code: '100101',
  land_use_name: '一类工业用地',
  location_desc: '测试',
  status: 'available' as const,
  published: true,
  is_net_land: true,
  is_standard_land: false,
  utilities: [],
}

/** One district, one park, three parcels: two published (one available, one built), one unpublished reserve. */
export async function smallParkScenario(db: Db) {
  return db.transaction().execute(async (trx) => {
    const regions = await insertRegions(trx, [
      {
        code: 't-district',
        name: '测试区',
        nameEn: 'Test District',
        city: '测试市',
        level: 'district',
        labelPoint: [121.05, 30.05],
        geometryJson: squareJson(121, 30, 0.1),
      },
    ])
    const regionId = regions.get('测试区')!
    const parks = await insertParks(trx, [
      {
        code: 'TP',
        name: '测试园区',
        name_en: 'Test Park',
        region_id: regionId,
        level: 'county',
        industries: ['wind_port'],
        geometryJson: squareJson(121.01, 30.01, 0.03),
      },
    ])
    const parkId = parks.get('TP')!.id
    const parcels: NewParcel[] = [
      {
        ...parcelDefaults,
        code: 'TP-01',
        park_id: parkId,
        region_id: regionId,
        geometryJson: squareJson(121.011, 30.011, 0.002),
      },
      {
        ...parcelDefaults,
        code: 'TP-02',
        park_id: parkId,
        region_id: regionId,
        status: 'built',
        geometryJson: squareJson(121.02, 30.02, 0.002),
      },
      {
        ...parcelDefaults,
        code: 'TP-SECRET',
        park_id: parkId,
        region_id: regionId,
        status: 'reserve',
        published: false,
        geometryJson: squareJson(121.013, 30.011, 0.002),
      },
    ]
    const parcelIds = await insertParcels(trx, parcels)
    await insertInfrastructure(trx, [{ kind: 'port', name: '测试港', nameEn: 'Test Port', lonLat: [121.09, 30.09] }])
    return { regionId, parkId, parcelIds }
  })
}

/** The small park's district as a unit under a test city, with a platform on a park: the tree's smallest useful shape. */
export function insertTestUnits(db: DbOrTrx, regionId: number, platformParkId: number) {
  return insertJurisdictions(db, [
    { code: 't-city', name: '测试市', name_en: 'Test City', level: 'city', parentCode: null },
    {
      code: 't-district',
      name: '测试区',
      name_en: 'Test District',
      level: 'district',
      parentCode: 't-city',
      region_id: regionId,
    },
    {
      code: 't-platform',
      name: '测试平台',
      name_en: 'Test Platform',
      level: 'platform',
      parentCode: 't-district',
      park_id: platformParkId,
    },
  ])
}
