import type { IdleCategory, ParcelStatus } from '../../server/land/parcels.table.js'
import type { ParkSeed } from './catalog-parks.js'
import type { Random } from './random.js'
import type { ParcelCell } from './subdivide.js'

export interface ParcelAttributes {
  supplied_on?: string
  revitalised_on?: string
  code: string
  location_desc: string
  town: string
  land_use_code: string
  land_use_name: string
  declared_area_mu: number
  far_min: number
  far_max: number
  building_density_max: number
  green_ratio_max: number
  height_limit_m: number
  is_standard_land: boolean
  std_invest_intensity: number | null
  std_tax_per_mu: number | null
  std_energy_per_output: number | null
  std_environment: string | null
  is_net_land: boolean
  utilities: string[]
  available_from: string | null
  tenure_years: number
  start_price: number
  status: ParcelStatus
  idle_category: IdleCategory | null
  published: boolean
  contact: string
}

// Codes from 《国土空间调查、规划、用途管制用地用海分类指南》.
const landUses: readonly (readonly [readonly [string, string], number])[] = [
  [['100101', '一类工业用地'], 40],
  [['100102', '二类工业用地'], 35],
  [['100103', '三类工业用地'], 5],
  [['1101', '物流用地'], 10],
  [['0902', '商务金融用地'], 5],
  [['0901', '商业用地'], 5],
]

const statusWeights: readonly (readonly [ParcelStatus, number])[] = [
  ['available', 30],
  ['reserve', 16],
  ['intended', 8],
  ['supplied', 10],
  ['building', 10],
  ['built', 19],
  ['idle', 7],
]

const allUtilities = ['road', 'water', 'power', 'drainage', 'gas', 'telecom', 'heat', 'levelled']

/** Neighbouring parcels share a block's dominant status, so contiguous available land exists as it does in real parks. */
export function pickBlockStatus(random: Random): ParcelStatus {
  return random.weighted(statusWeights)
}

export function parcelAttributes(
  park: ParkSeed,
  cell: ParcelCell,
  blockStatus: ParcelStatus,
  random: Random,
): ParcelAttributes {
  const status = random.chance(0.7) ? blockStatus : random.weighted(statusWeights)
  const [land_use_code, land_use_name] = random.weighted(landUses)
  const industrial = land_use_code.startsWith('1001')
  const forSale = status === 'available' || status === 'reserve'
  const isNet = status === 'available' ? random.chance(0.8) : status === 'reserve' ? random.chance(0.25) : true
  const standard = industrial && forSale && random.chance(0.6)
  // About one parcel in twenty carries a declared area that disagrees with its geometry by more than 5%.
  const declaredDrift = random.chance(0.05)
    ? random.between(0.06, 0.12) * (random.chance(0.5) ? 1 : -1)
    : random.between(-0.01, 0.01)
  return {
    code: `${park.code}-${String.fromCharCode(65 + cell.col)}${cell.row + 1}-${String(cell.piece + 1).padStart(2, '0')}`,
    location_desc: `东至${cell.sides.east}，南至${cell.sides.south}，西至${cell.sides.west}，北至${cell.sides.north}`,
    town: park.town,
    land_use_code,
    land_use_name,
    declared_area_mu: round(cell.approxMu * (1 + declaredDrift), 2),
    far_min: industrial ? 1.0 : 1.5,
    far_max: round(industrial ? random.between(1.8, 3.0) : random.between(2.5, 4.0), 1),
    building_density_max: industrial ? 0.6 : 0.45,
    green_ratio_max: industrial ? 0.15 : 0.3,
    height_limit_m: industrial ? random.pick([24, 36, 50]) : random.pick([50, 80]),
    is_standard_land: standard,
    std_invest_intensity: standard ? random.pick([300, 350, 400, 450, 500]) : null,
    std_tax_per_mu: standard ? random.pick([25, 30, 35, 40]) : null,
    std_energy_per_output: standard ? round(random.between(0.25, 0.6), 2) : null,
    std_environment: standard ? '声环境3类区，污染物排放执行GB 8978一级标准' : null,
    is_net_land: isNet,
    utilities: isNet ? allUtilities : allUtilities.filter(() => random.chance(0.5)),
    available_from: forSale
      ? `${status === 'available' ? 2026 : 2027}-${String(random.int(1, 12)).padStart(2, '0')}-01`
      : null,
    tenure_years: industrial || land_use_code === '1101' ? 50 : 40,
    start_price: round(industrial ? random.between(22, 48) : random.between(80, 260), 1),
    status,
    idle_category:
      status === 'idle'
        ? random.pick(['approved_unsupplied', 'supplied_unused', 'underused', 'built_unproductive'] as const)
        : null,
    // Land for sale is mostly published; some reserve stays internal until the bureau releases it.
    published:
      status === 'available' ? random.chance(0.95) : status === 'reserve' ? random.chance(0.6) : random.chance(0.5),
    contact: park.contact,
  }
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}
