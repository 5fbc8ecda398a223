/**
 * Pure: land supply against the pipeline's demand per district, park or land category (issue: supply against
 * demand; DOMAIN rules 1, 3 and 7). SQL gathers parcels, projects and block membership; everything is counted here.
 */
import type { IdleCategory, ParcelStatus } from '../land/parcels.table.js'
import type { PipelineConfig } from '../projects/pipeline-config.js'
import { addMonths } from '../projects/project-rules.js'
import type { LandCategory, ProjectStage } from '../projects/projects.table.js'

export const groupings = ['district', 'park', 'category'] as const
export type Grouping = (typeof groupings)[number]

export interface SupplyParcel {
  id: number
  areaMu: number
  status: ParcelStatus
  idleCategory: IdleCategory | null
  regionId: number | null
  parkId: number | null
  category: LandCategory
  suppliedOn: string | null
  revitalisedOn: string | null
}

export interface DemandProject {
  id: number
  stage: ProjectStage
  landNeedMu: number | null
  landCategory: LandCategory
  regionId: number | null
  parkId: number | null
}

export interface MemberBlock {
  totalMu: number
  parcelIds: readonly number[]
}

/** Space in buildings (载体), summed per building: its district, park and the land category its kind serves. */
export interface SpaceSupply {
  regionId: number | null
  parkId: number | null
  category: LandCategory
  vacantM2: number
  reservedM2: number
}

export interface SupplyRow {
  key: string | null
  available_mu: number
  reserve_mu: number
  blocks_100: number
  blocks_200: number
  demand_projects: number
  demand_raw_mu: number
  /** Land need weighted by each stage's chance of landing. */
  demand_mu: number
  balance_mu: number
  absorbed_12m_mu: number
  /** Available land over the last 12 months' monthly absorption; null when nothing was absorbed. */
  months_of_supply: number | null
  idle_mu: Record<IdleCategory, number>
  supplied_this_year_mu: number
  industrial_supplied_this_year_mu: number
  revitalised_this_year_mu: number
  /** Floor area in buildings on offer (vacant units), and held by projects (reserved), in ㎡. */
  space_vacant_m2: number
  space_reserved_m2: number
}

const DEMAND_STAGES = ['negotiating', 'signed'] as const

const keyOf = {
  district: (x: { regionId: number | null }) => (x.regionId === null ? null : String(x.regionId)),
  park: (x: { parkId: number | null }) => (x.parkId === null ? null : String(x.parkId)),
  category: (x: { category?: LandCategory; landCategory?: LandCategory }) => (x.category ?? x.landCategory)!,
}

function emptyRow(key: string | null): SupplyRow {
  return {
    key,
    available_mu: 0,
    reserve_mu: 0,
    blocks_100: 0,
    blocks_200: 0,
    demand_projects: 0,
    demand_raw_mu: 0,
    demand_mu: 0,
    balance_mu: 0,
    absorbed_12m_mu: 0,
    months_of_supply: null,
    idle_mu: { approved_unsupplied: 0, supplied_unused: 0, underused: 0, built_unproductive: 0 },
    supplied_this_year_mu: 0,
    industrial_supplied_this_year_mu: 0,
    revitalised_this_year_mu: 0,
    space_vacant_m2: 0,
    space_reserved_m2: 0,
  }
}

export interface SupplyInput {
  grouping: Grouping
  parcels: readonly SupplyParcel[]
  projects: readonly DemandProject[]
  /** Contiguous blocks of the land on offer (available and reserve), joined by shared edges. */
  blocks: readonly MemberBlock[]
  today: string
  rules: Pick<PipelineConfig, 'stageProbability'>
  /** Space in buildings, besides land: supply a firm can move into. */
  space?: readonly SpaceSupply[]
}

export function supplyAgainstDemand(input: SupplyInput): { rows: SupplyRow[]; total: SupplyRow } {
  const rows = new Map<string | null, SupplyRow>()
  const row = (key: string | null) => rows.get(key) ?? rows.set(key, emptyRow(key)).get(key)!
  const parcelKey = (p: SupplyParcel) => (input.grouping === 'category' ? p.category : keyOf[input.grouping](p))
  for (const p of input.parcels) addParcel(row(parcelKey(p)), p, input.today)
  const byId = new Map(input.parcels.map((p) => [p.id, p]))
  for (const block of input.blocks) addBlock(row(majorityKey(block, byId, parcelKey)), block)
  for (const project of input.projects) {
    if (!(DEMAND_STAGES as readonly string[]).includes(project.stage) || project.landCategory === 'none') continue
    const key = input.grouping === 'category' ? project.landCategory : keyOf[input.grouping](project)
    addDemand(row(key), project, input.rules.stageProbability[project.stage as (typeof DEMAND_STAGES)[number]])
  }
  for (const s of input.space ?? []) {
    const r = row(input.grouping === 'category' ? s.category : keyOf[input.grouping](s))
    r.space_vacant_m2 += s.vacantM2
    r.space_reserved_m2 += s.reservedM2
  }
  const all = [...rows.values()].map(finish)
  return {
    rows: all.sort((a, b) => String(a.key).localeCompare(String(b.key))),
    total: finish(all.reduce(addRows, emptyRow('total'))),
  }
}

function addParcel(r: SupplyRow, p: SupplyParcel, today: string) {
  const year = `${today.slice(0, 4)}-01-01`
  if (p.status === 'available') r.available_mu += p.areaMu
  if (p.status === 'reserve') r.reserve_mu += p.areaMu
  if (p.status === 'idle' && p.idleCategory) r.idle_mu[p.idleCategory] += p.areaMu
  if (p.suppliedOn && p.suppliedOn > addMonths(today, -12) && p.suppliedOn <= today) r.absorbed_12m_mu += p.areaMu
  if (p.suppliedOn && p.suppliedOn >= year && p.suppliedOn <= today) {
    r.supplied_this_year_mu += p.areaMu
    if (p.category === 'industrial') r.industrial_supplied_this_year_mu += p.areaMu
  }
  if (p.revitalisedOn && p.revitalisedOn >= year && p.revitalisedOn <= today) r.revitalised_this_year_mu += p.areaMu
}

function addBlock(r: SupplyRow, block: MemberBlock) {
  if (block.totalMu >= 100) r.blocks_100 += 1
  if (block.totalMu >= 200) r.blocks_200 += 1
}

function addDemand(r: SupplyRow, project: DemandProject, probability: number) {
  const need = project.landNeedMu ?? 0
  r.demand_projects += 1
  r.demand_raw_mu += need
  r.demand_mu += need * probability
}

/** A block straddling two groups counts once, in the group holding most of its area. */
function majorityKey(
  block: MemberBlock,
  byId: Map<number, SupplyParcel>,
  keyOfParcel: (p: SupplyParcel) => string | null,
): string | null {
  const areas = new Map<string | null, number>()
  for (const id of block.parcelIds) {
    const p = byId.get(id)
    if (p) areas.set(keyOfParcel(p), (areas.get(keyOfParcel(p)) ?? 0) + p.areaMu)
  }
  return [...areas.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0]?.[0] ?? null
}

function addRows(sum: SupplyRow, r: SupplyRow): SupplyRow {
  const numeric = (k: keyof SupplyRow) => (sum[k] as number) + (r[k] as number)
  const idle = { ...sum.idle_mu }
  for (const k of Object.keys(idle) as IdleCategory[]) idle[k] += r.idle_mu[k]
  return {
    ...sum,
    available_mu: numeric('available_mu'),
    reserve_mu: numeric('reserve_mu'),
    blocks_100: numeric('blocks_100'),
    blocks_200: numeric('blocks_200'),
    demand_projects: numeric('demand_projects'),
    demand_raw_mu: numeric('demand_raw_mu'),
    demand_mu: numeric('demand_mu'),
    absorbed_12m_mu: numeric('absorbed_12m_mu'),
    idle_mu: idle,
    supplied_this_year_mu: numeric('supplied_this_year_mu'),
    industrial_supplied_this_year_mu: numeric('industrial_supplied_this_year_mu'),
    revitalised_this_year_mu: numeric('revitalised_this_year_mu'),
    space_vacant_m2: numeric('space_vacant_m2'),
    space_reserved_m2: numeric('space_reserved_m2'),
  }
}

const round2 = (v: number) => Math.round(v * 100) / 100

function finish(r: SupplyRow): SupplyRow {
  const monthly = r.absorbed_12m_mu / 12
  return {
    ...r,
    available_mu: round2(r.available_mu),
    reserve_mu: round2(r.reserve_mu),
    demand_raw_mu: round2(r.demand_raw_mu),
    demand_mu: round2(r.demand_mu),
    balance_mu: round2(r.available_mu - r.demand_mu),
    absorbed_12m_mu: round2(r.absorbed_12m_mu),
    months_of_supply: monthly > 0 ? Math.round((r.available_mu / monthly) * 10) / 10 : null,
    idle_mu: Object.fromEntries(Object.entries(r.idle_mu).map(([k, v]) => [k, round2(v)])) as Record<
      IdleCategory,
      number
    >,
    supplied_this_year_mu: round2(r.supplied_this_year_mu),
    industrial_supplied_this_year_mu: round2(r.industrial_supplied_this_year_mu),
    revitalised_this_year_mu: round2(r.revitalised_this_year_mu),
  }
}
