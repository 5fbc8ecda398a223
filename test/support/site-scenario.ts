import type { Db } from '../../server/db/database.js'
import { insertInfrastructure, insertSensitiveZones } from '../../server/infra/infra.repo.js'
import { insertParcels, type NewParcel } from '../../server/land/parcels.repo.js'
import { insertParks } from '../../server/parks/parks.repo.js'
import { insertProjects } from '../../server/projects/projects.repo.js'
import { insertRegions } from '../../server/regions/regions.repo.js'
import { rectJson, toLonLat } from './metric-geometry.js'
import { squareJson } from './scenarios.js'

const allUtilities = ['road', 'water', 'power', 'drainage', 'gas', 'telecom', 'heat', 'levelled']
const base = {
  location_desc: '',
  land_use_code: '100101',
  land_use_name: '一类工业用地',
  status: 'available' as const,
  published: true,
  is_net_land: true,
  is_standard_land: false,
  utilities: allUtilities,
  start_price: 30,
}

/** A rectangle x0..x1 × 0..height metres; its mu is width × height / 666.67. */
const rect = (code: string, x0: number, x1: number, height: number, extra: Partial<NewParcel> = {}): NewParcel => ({
  ...base,
  code,
  geometryJson: rectJson(x0, 0, x1, height),
  ...extra,
})

/**
 * 智寻址 worked by hand. Along one row (x in metres, all from y = 0), every parcel available, industrial, 净地 with all
 * utilities and priced 30 万元/亩 unless said:
 * - park P1 (wind_port): A 0–100 × 266.67 (40 mu) and B 100–200 (40 mu) share an edge; H 400–475 × 177.78 (20 mu)
 *   alone; the block C1, C2, C3 at 1000–1300, each 100 × 466.67 (70 mu, 210 together: sold whole), C2 at 50.
 * - park P2 (nev_parts): D 2000–2150 × 400 (90 mu, 二类, 标准地 at 400 万元/亩, price 40); E 3000–3170 × 333.33
 *   (85 mu, 二类, not 净地, price 20) with housing 166.67 m to its north (y 500–800); F 4000–4200 × 333.33 (100 mu,
 *   commercial, 100); G 5000–5300 × 333.33 (150 mu); X 6000–6100 × 200 built; S 7000–7150 × 400 (90 mu) unpublished.
 * - a port 5 km west of A (x = −5000): A is 5 km from it, D 7 km, E 8 km.
 * - project J holds D while in talks: staff see it, nobody else.
 */
export async function siteScenario(db: Db) {
  return db.transaction().execute(async (trx) => {
    const regions = await insertRegions(trx, [
      {
        code: 'site-d',
        name: '寻址区',
        nameEn: 'Site District',
        city: '测试市',
        level: 'district',
        labelPoint: toLonLat(3000, 200),
        geometryJson: squareJson(121.7, 29.45, 0.2),
      },
    ])
    const regionId = regions.get('寻址区')!
    const parks = await insertParks(trx, [
      {
        code: 'P1',
        name: '风电园',
        name_en: 'Wind Park',
        region_id: regionId,
        level: 'county',
        industries: ['wind_port'],
        geometryJson: rectJson(-50, -50, 1350, 550),
      },
      {
        code: 'P2',
        name: '汽配园',
        name_en: 'Auto Park',
        region_id: regionId,
        level: 'county',
        industries: ['nev_parts'],
        geometryJson: rectJson(1950, -50, 7200, 450),
      },
    ])
    const inP1 = { park_id: parks.get('P1')!.id, region_id: regionId }
    const inP2 = { park_id: parks.get('P2')!.id, region_id: regionId }
    const class2 = { land_use_code: '100102', land_use_name: '二类工业用地' }
    const parcelIds = await insertParcels(trx, [
      rect('A', 0, 100, 800 / 3, inP1),
      rect('B', 100, 200, 800 / 3, inP1),
      rect('H', 400, 475, 1600 / 9, inP1),
      rect('C1', 1000, 1100, 1400 / 3, inP1),
      rect('C2', 1100, 1200, 1400 / 3, { ...inP1, start_price: 50 }),
      rect('C3', 1200, 1300, 1400 / 3, inP1),
      rect('D', 2000, 2150, 400, {
        ...inP2,
        ...class2,
        start_price: 40,
        is_standard_land: true,
        std_invest_intensity: 400,
      }),
      rect('E', 3000, 3170, 1000 / 3, { ...inP2, ...class2, start_price: 20, is_net_land: false }),
      rect('F', 4000, 4200, 1000 / 3, { ...inP2, land_use_code: '0901', land_use_name: '商业用地', start_price: 100 }),
      rect('G', 5000, 5300, 1000 / 3, inP2),
      rect('X', 6000, 6100, 200, { ...inP2, status: 'built' }),
      rect('S', 7000, 7150, 400, { ...inP2, published: false, start_price: 25 }),
    ])
    await insertInfrastructure(trx, [{ kind: 'port', name: '西港', nameEn: 'West Port', lonLat: toLonLat(-5000, 100) }])
    await insertSensitiveZones(trx, [
      {
        kind: 'residential',
        name: 'E北居住区',
        nameEn: 'Housing north of E',
        geometryJson: rectJson(2900, 500, 3300, 800),
      },
    ])
    await insertProjects(trx, [
      {
        code: 'J',
        name: '机密项目甲',
        investor_name: '机密投资方',
        investor_flags: [],
        notes: '',
        land_category: 'industrial',
        stage: 'negotiating',
        land_need_mu: 90,
        parcel_id: parcelIds.get('D')!,
        park_id: inP2.park_id,
        lonLat: null,
      },
    ])
    return { regionId, parks, parcelIds }
  })
}
