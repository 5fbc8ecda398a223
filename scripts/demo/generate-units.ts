import type { BuildingKind, FitOut, UnitStatus } from '../../server/space/space-enums.js'
import { leaseTerms } from './catalog-space.js'
import type { Random } from './random.js'

export interface DemoUnit {
  code: string
  floor: number
  areaM2: number
  clearHeightM: number
  floorLoadKn: number
  columnGrid: string
  craneT: number
  powerKva: number
  hasLift: boolean
  hasLoadingDock: boolean
  fitOut: FitOut
  rentYuanM2Month: number
  saleYuanM2: number | null
  availableFrom: string | null
  status: UnitStatus
  leaseTerms: readonly [string, string]
  tenant: string | null
}

/** A generated unit as a `building_units` row of that building. */
export const unitRowOf = (buildingId: number, u: DemoUnit) => ({
  building_id: buildingId,
  code: u.code,
  floor: u.floor,
  area_m2: u.areaM2,
  clear_height_m: u.clearHeightM,
  floor_load_kn: u.floorLoadKn,
  column_grid: u.columnGrid,
  crane_t: u.craneT,
  power_kva: u.powerKva,
  has_lift: u.hasLift,
  has_loading_dock: u.hasLoadingDock,
  fit_out: u.fitOut,
  rent_yuan_m2_month: u.rentYuanM2Month,
  sale_yuan_m2: u.saleYuanM2,
  available_from: u.availableFrom,
  status: u.status,
  lease_terms: u.leaseTerms[0],
  lease_terms_en: u.leaseTerms[1],
  tenant: u.tenant,
})

const round = (value: number, step: number) => Math.round(value / step) * step

/** A unit's status: mostly vacant in a building 建而未投, about half elsewhere. */
function pickStatus(random: Random, vacancy: number): UnitStatus {
  if (random.chance(vacancy)) return 'vacant'
  return random.chance(0.2) ? 'reserved' : 'let'
}

const tenants = ['宁波某精密机械有限公司', '某电子科技有限公司', '某新材料有限公司', '某物流有限公司', '某软件有限公司']

function unitOf(
  random: Random,
  base: Omit<DemoUnit, 'status' | 'tenant' | 'leaseTerms' | 'availableFrom'>,
  vacancy: number,
): DemoUnit {
  const status = pickStatus(random, vacancy)
  return {
    ...base,
    status,
    tenant: status === 'let' ? random.pick(tenants) : null,
    leaseTerms: random.pick(leaseTerms),
    availableFrom: status === 'vacant' ? (random.chance(0.7) ? '2026-12-01' : '2027-03-01') : null,
  }
}

/** A standard factory: a heavy ground floor (often with a crane) and lighter floors above, one or two units a floor. */
export function factoryUnits(random: Random, floors: number, floorM2: number, vacancy: number): DemoUnit[] {
  const units: DemoUnit[] = []
  for (let floor = 1; floor <= floors; floor++) {
    const split = floorM2 > 2500 && random.chance(0.5) ? 2 : 1
    for (let part = 0; part < split; part++) {
      const ground = floor === 1
      const base = {
        code: `${floor}F-${String.fromCharCode(65 + part)}`,
        floor,
        areaM2: round(floorM2 / split, 10),
        clearHeightM: ground ? round(random.between(8, 12), 0.5) : round(random.between(4.5, 6), 0.5),
        floorLoadKn: ground ? round(random.between(30, 50), 5) : round(random.between(8, 15), 1),
        columnGrid: ground ? '12m×9m' : '9m×9m',
        craneT: ground && random.chance(0.4) ? random.pick([5, 10, 16, 20]) : 0,
        powerKva: ground ? random.pick([400, 630, 800, 1000, 1250]) : random.pick([200, 315, 400]),
        hasLift: !ground,
        hasLoadingDock: ground,
        fitOut: 'bare' as const,
        rentYuanM2Month: round(random.between(ground ? 18 : 14, ground ? 28 : 22), 0.5),
        saleYuanM2: null,
      }
      units.push(unitOf(random, base, vacancy))
    }
  }
  return units
}

/** A small-firm park (小微园): small units for lease or sale, three to five floors. */
export function smallFirmUnits(random: Random, floors: number, vacancy: number): DemoUnit[] {
  const units: DemoUnit[] = []
  for (let floor = 1; floor <= floors; floor++) {
    for (let part = 0; part < 4; part++) {
      const base = {
        code: `${floor}F-${String(part + 1).padStart(2, '0')}`,
        floor,
        areaM2: round(random.between(300, 1200), 10),
        clearHeightM: floor === 1 ? 7.5 : 4.5,
        floorLoadKn: floor === 1 ? 30 : 10,
        columnGrid: '8.4m×8.4m',
        craneT: 0,
        powerKva: random.pick([100, 160, 200, 250]),
        hasLift: true,
        hasLoadingDock: floor === 1,
        fitOut: 'basic' as const,
        rentYuanM2Month: round(random.between(18, 30), 0.5),
        saleYuanM2: random.chance(0.5) ? round(random.between(4000, 6500), 100) : null,
      }
      units.push(unitOf(random, base, vacancy))
    }
  }
  return units
}

/** Offices and incubators: a handful of floors on offer, each split in two or three suites. */
export function officeUnits(random: Random, kind: BuildingKind, floors: number, vacancy: number): DemoUnit[] {
  const offered = [...new Set(Array.from({ length: Math.min(8, floors - 1) }, () => random.int(2, floors)))].sort(
    (a, b) => a - b,
  )
  const incubator = kind === 'incubator'
  return offered.flatMap((floor) =>
    Array.from({ length: incubator ? 4 : random.int(2, 3) }, (_, part) =>
      unitOf(
        random,
        {
          code: `${floor}${String(part + 1).padStart(2, '0')}`,
          floor,
          areaM2: round(incubator ? random.between(50, 300) : random.between(150, 1200), 5),
          clearHeightM: round(random.between(2.8, 3.2), 0.1),
          floorLoadKn: round(random.between(2, 3.5), 0.5),
          columnGrid: '8.4m×8.4m',
          craneT: 0,
          powerKva: random.pick([30, 50, 80]),
          hasLift: true,
          hasLoadingDock: false,
          fitOut: random.pick(['bare', 'basic', 'fitted'] as const),
          rentYuanM2Month: round(incubator ? random.between(20, 40) : random.between(45, 120), 1),
          saleYuanM2: null,
        },
        vacancy,
      ),
    ),
  )
}
