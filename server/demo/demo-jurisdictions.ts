import { demoCity, demoTowns, fenghuaDepartments } from '../../scripts/demo/catalog-jurisdictions.js'
import { districtCodes, districtNamesEn } from '../../scripts/demo/catalog-places.js'
import type { DemoData } from '../../scripts/demo/generate-demo.js'
import type { DbOrTrx } from '../db/database.js'
import {
  insertDemonstrationTowns,
  insertJurisdictions,
  type NewJurisdiction,
  outlineCityFromDistricts,
} from '../jurisdictions/jurisdictions.repo.js'
import { setProjectUnits } from '../projects/projects.repo.js'

const platformCode = (parkCode: string) => `park-${parkCode.toLowerCase()}`
const departmentCode = (key: string) => `nb-fenghua-dept-${key}`

/**
 * The demo's tree: 宁波市, its real districts, each demo park as a platform of its district, demonstration towns for
 * 奉化区 and 象山县, and 奉化区's responsible departments. Returns the ids by code.
 */
export async function insertDemoJurisdictions(
  trx: DbOrTrx,
  data: DemoData,
  regionIds: Map<string, number>,
  parkIds: Map<string, { id: number; regionId: number }>,
): Promise<Map<string, number>> {
  const units: NewJurisdiction[] = [
    { code: demoCity.code, name: demoCity.name, name_en: demoCity.nameEn, level: 'city', parentCode: null },
    ...[...regionIds].map(([name, regionId]) => district(name, regionId)),
    ...data.parks.map(({ seed }): NewJurisdiction => {
      return {
        code: platformCode(seed.code),
        name: seed.name,
        name_en: seed.nameEn,
        level: 'platform',
        parentCode: districtCodes[seed.district]!,
        park_id: parkIds.get(seed.code)!.id,
        demonstration: true,
      }
    }),
    ...fenghuaDepartments.map(
      (d): NewJurisdiction => ({
        code: departmentCode(d.key),
        name: d.name,
        name_en: d.nameEn,
        level: 'department',
        parentCode: districtCodes.奉化区!,
      }),
    ),
  ]
  const ids = await insertJurisdictions(trx, units)
  await outlineCityFromDistricts(trx, demoCity.code)
  for (const [districtName, towns] of Object.entries(demoTowns)) {
    const townIds = await insertDemonstrationTowns(
      trx,
      districtCodes[districtName]!,
      towns.map((t) => ({ code: t.code, name: t.name, name_en: t.nameEn, lonLat: t.lonLat })),
    )
    for (const [code, id] of townIds) ids.set(code, id)
  }
  return ids
}

function district(name: string, regionId: number): NewJurisdiction {
  const code = districtCodes[name]
  if (!code) throw new Error(`District ${name} has no code in the catalogue`)
  return {
    code,
    name,
    name_en: districtNamesEn[name] ?? name,
    level: 'district',
    parentCode: demoCity.code,
    region_id: regionId,
  }
}

/**
 * Who first talked to each demo project, where it landed and which department answers for it. A project lands in its
 * park's platform; one introduced from another district was first talked to there; of the rest, in turn, the platform
 * itself, a town of the district (twice as often), or (in 奉化区) the investment promotion bureau or the industry's
 * department.
 */
export async function assignDemoProjectUnits(trx: DbOrTrx, data: DemoData, ids: Map<string, number>) {
  const parkDistrict = new Map(data.parks.map(({ seed }) => [seed.code, seed.district]))
  const rows = data.projects.map((p, index) => {
    const landingDistrict = parkDistrict.get(p.parkCode)!
    const landing = ids.get(platformCode(p.parkCode))!
    const towns = demoTowns[landingDistrict] ?? []
    const fenghua = landingDistrict === '奉化区'
    const town = (offset: number) =>
      towns.length > 0 ? ids.get(towns[(index + offset) % towns.length]!.code)! : landing
    const candidates = [
      landing,
      town(0),
      town(5),
      fenghua ? ids.get(departmentCode(index % 2 === 0 ? 'tcj' : 'jxj'))! : town(3),
    ]
    const firstReport =
      p.firstReportDistrict !== landingDistrict
        ? ids.get(districtCodes[p.firstReportDistrict]!)!
        : candidates[index % candidates.length]!
    const department = fenghua ? ids.get(departmentCode(p.landCategory === 'industrial' ? 'jxj' : 'fwy'))! : null
    return {
      code: p.code,
      first_report_unit_id: firstReport,
      landing_unit_id: landing,
      responsible_department_id: department,
    }
  })
  await setProjectUnits(trx, rows)
}
