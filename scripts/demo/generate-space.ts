import type { BuildingKind } from '../../server/space/space-enums.js'
import { districtNamesEn } from './catalog-places.js'
import { type OfficeSeed, officeSeeds, townSeed } from './catalog-space.js'
import type { DemoParcel, DemoPark } from './generate-demo.js'
import { type DemoUnit, factoryUnits, officeUnits, smallFirmUnits } from './generate-units.js'
import { createLocalFrame, type Ring, rectangleRing } from './local-frame.js'
import { createRandom, type Random } from './random.js'

const districtEn = (district: string) => districtNamesEn[district] ?? district

export interface DemoBuilding {
  code: string
  name: string
  nameEn: string
  kind: BuildingKind
  district: string
  parkCode: string | null
  parcelCode: string | null
  geometry: { type: 'Point'; coordinates: [number, number] } | { type: 'Polygon'; coordinates: Ring[] }
  floors: number
  grossM2: number
  yearBuilt: number
  operator: string
  operatorEn: string
  taxOver100m: boolean
  address: string
  addressEn: string
  units: DemoUnit[]
}

const FOOTPRINT_SHARE = 0.45

/** The parcel's outline shrunk about its centre to a building footprint of about 45% of its area. */
function footprintOf(parcel: DemoParcel): Ring {
  const [cx, cy] = parcel.centre
  const scale = Math.sqrt(FOOTPRINT_SHARE)
  return parcel.ring.map(([x, y]) => [
    Math.round((cx + (x - cx) * scale) * 1e7) / 1e7,
    Math.round((cy + (y - cy) * scale) * 1e7) / 1e7,
  ])
}

/** Factories stand on built land, and on idle land (建而未投) where they stay mostly empty. */
function factoriesOf(park: DemoPark, parcels: readonly DemoParcel[], random: Random): DemoBuilding[] {
  const built = parcels.filter(
    (p) =>
      p.parkCode === park.seed.code &&
      ['built', 'idle'].includes(p.attributes.status) &&
      p.attributes.land_use_code.startsWith('1001'),
  )
  return built.slice(0, 7).map((parcel, index) => {
    const idle = parcel.attributes.status === 'idle'
    const smallFirm = index === 1
    const floors = smallFirm ? random.int(3, 5) : random.int(1, 4)
    const floorM2 = Math.round((parcel.approxMu * 666.67 * FOOTPRINT_SHARE) / 10) * 10
    const units = smallFirm
      ? smallFirmUnits(random, floors, idle ? 0.9 : 0.5)
      : factoryUnits(random, floors, floorM2, idle ? 0.95 : 0.45)
    const number = index + 1
    return {
      code: `${park.seed.code}-F${String(number).padStart(2, '0')}`,
      name: smallFirm ? `${park.seed.name}小微企业园` : `${park.seed.name}标准厂房${number}号楼`,
      nameEn: smallFirm ? `${park.seed.nameEn} Small-Firm Park` : `${park.seed.nameEn} Standard Factory No. ${number}`,
      kind: smallFirm ? 'small_firm_park' : 'standard_factory',
      district: park.seed.district,
      parkCode: park.seed.code,
      parcelCode: parcel.attributes.code,
      geometry: { type: 'Polygon', coordinates: [footprintOf(parcel)] },
      floors,
      grossM2: units.reduce((sum, unit) => sum + unit.areaM2, 0),
      yearBuilt: random.int(2012, 2025),
      operator: `${park.seed.town}开发建设有限公司（演示）`,
      operatorEn: `${park.seed.nameEn} Development Co. (demonstration)`,
      taxOver100m: false,
      address: `${park.seed.district}${park.seed.town}${park.seed.name}`,
      addressEn: `${park.seed.nameEn}, ${districtEn(park.seed.district)}`,
      units,
    }
  })
}

function officeOf(seed: OfficeSeed, random: Random): DemoBuilding {
  const units = officeUnits(random, seed.kind, seed.floors, seed.taxOver100m ? 0.3 : 0.55)
  return {
    code: seed.code,
    name: seed.name,
    nameEn: seed.nameEn,
    kind: seed.kind,
    district: seed.district,
    parkCode: null,
    parcelCode: null,
    geometry: { type: 'Point', coordinates: seed.lonLat },
    floors: seed.floors,
    grossM2: Math.round(seed.floors * random.between(1800, 2600)),
    yearBuilt: random.int(2008, 2024),
    operator: `${seed.name}物业管理有限公司（演示）`,
    operatorEn: `${seed.nameEn} Property Management (demonstration)`,
    taxOver100m: seed.taxOver100m,
    address: seed.address,
    addressEn: seed.addressEn,
    units,
  }
}

function townOf(): DemoBuilding {
  const frame = createLocalFrame(townSeed.centre, 0)
  const [w, h] = townSeed.sizeM
  return {
    code: townSeed.code,
    name: townSeed.name,
    nameEn: townSeed.nameEn,
    kind: 'town',
    district: townSeed.district,
    parkCode: null,
    parcelCode: null,
    geometry: { type: 'Polygon', coordinates: [rectangleRing(frame, -w / 2, -h / 2, w / 2, h / 2)] },
    floors: 3,
    grossM2: 86_000,
    yearBuilt: 2018,
    operator: '象山影视城运营管理有限公司（演示）',
    operatorEn: 'Xiangshan Film Town Operations (demonstration)',
    taxOver100m: false,
    address: '宁波市象山县',
    addressEn: 'Xiangshan County, Ningbo',
    units: [],
  }
}

/** All the demo's space, from its own random stream: adding it changes none of the land or pipeline data. */
export function generateSpace(
  parks: readonly DemoPark[],
  parcels: readonly DemoParcel[],
  seed: number,
): DemoBuilding[] {
  const random = createRandom(seed + 2)
  const factories = parks.flatMap((park) => factoriesOf(park, parcels, random))
  const buildings = [...factories, ...officeSeeds.map((s) => officeOf(s, random)), townOf()]
  ensureWizardCases(buildings)
  return buildings
}

/** A heavy ground-floor bay with a crane: the answer to "3 000 ㎡, ground floor, 5 t/㎡, a 10 t crane". */
function heavyBay(craneT: number): DemoUnit {
  return {
    code: '1F-A',
    floor: 1,
    areaM2: 3200,
    clearHeightM: 12,
    floorLoadKn: 50,
    columnGrid: '24m×9m',
    craneT,
    powerKva: 1000,
    hasLift: false,
    hasLoadingDock: true,
    fitOut: 'bare',
    rentYuanM2Month: 22,
    saleYuanM2: null,
    availableFrom: '2026-12-01',
    status: 'vacant',
    leaseTerms: ['租期3年起，年递增3%', 'Leases from 3 years; rent rises 3% a year'],
    tenant: null,
  }
}

/** An office floor with two vacant suites side by side: a need of 1 250 ㎡ of offices is met only by taking both. */
const twinSuites = (floor: number): DemoUnit[] =>
  [
    ['01', 620],
    ['02', 680],
  ].map(([suite, areaM2]) => ({
    ...heavyBay(0),
    code: `${floor}${suite}`,
    floor,
    areaM2: Number(areaM2),
    clearHeightM: 3,
    floorLoadKn: 3,
    columnGrid: '8.4m×8.4m',
    powerKva: 80,
    hasLift: true,
    hasLoadingDock: false,
    fitOut: 'basic',
    rentYuanM2Month: 68,
  }))

/** The wizard's worked cases, whatever the random stream drew. */
function ensureWizardCases(buildings: DemoBuilding[]) {
  for (const [parkCode, craneT] of [
    ['XSLG', 16],
    ['FHKF', 10],
  ] as const) {
    const factory = buildings.find((b) => b.parkCode === parkCode && b.kind === 'standard_factory')
    if (!factory) throw new Error(`the demo needs a standard factory in park ${parkCode}`)
    factory.units = [heavyBay(craneT), ...factory.units.filter((u) => u.floor !== 1)]
    factory.grossM2 = factory.units.reduce((sum, unit) => sum + unit.areaM2, 0)
  }
  const office = buildings.find((b) => b.code === 'YZ-NB02')!
  office.units = [...office.units.filter((u) => u.floor !== 12), ...twinSuites(12)].sort((a, b) => a.floor - b.floor)
}
