import { addDays } from '../../server/projects/project-rules.js'
import type { LandCategory, ProjectStage } from '../../server/projects/projects.table.js'
import { projectStages } from '../../server/projects/projects.table.js'
import { chainSeeds } from './catalog-chains.js'
import { companyPlaces, companySuffixes, investorOrigins, projectProducts } from './catalog-names.js'
import type { ParkSeed } from './catalog-parks.js'
import type { DemoParcel } from './generate-demo.js'
import { createRandom, type Random } from './random.js'

export interface DemoProject {
  code: string
  name: string
  investorName: string
  investorOrigin: string
  investorFlags: string[]
  chainKey: string
  segmentKey: string
  totalInvestmentWan: number
  foreignCapitalWanUsd: number | null
  landNeedMu: number | null
  landCategory: LandCategory
  stage: ProjectStage
  stageChangedOn: string
  signedOn: string | null
  firstReportDistrict: string
  parkCode: string
  parcelCode: string | null
  responsible: string
  lonLat: [number, number] | null
  firstReportedOn: string | null
  plannedSigningOn: string | null
  landRightsOn: string | null
  specialSupport: boolean
  landmark: boolean
  /** The stages it went through, oldest first, each with its day. */
  history: { stage: ProjectStage; on: string }[]
}

const lifecycle: ProjectStage[] = [
  'lead',
  'assessed',
  'negotiating',
  'signed',
  'land_supplied',
  'construction',
  'production',
  'full_capacity',
]

const PROJECT_COUNT = 48
/** Stages after which the project holds land on a parcel of the matching status. */
const parcelStatusForStage: Partial<Record<ProjectStage, string>> = {
  land_supplied: 'supplied',
  construction: 'building',
  production: 'built',
  full_capacity: 'built',
  signed: 'intended',
  negotiating: 'intended',
}
/** Early stages move faster: most demo leads are weeks old, not months, so the inbox shows a plausible mix. */
const stageAgeLimit: Partial<Record<ProjectStage, number>> = { lead: 40, assessed: 45, negotiating: 120 }
const signedStages: ProjectStage[] = ['signed', 'land_supplied', 'construction', 'production', 'full_capacity']

export function generateProjects(
  parks: readonly ParkSeed[],
  parcels: readonly DemoParcel[],
  today: string,
  random: Random,
): DemoProject[] {
  // The history comes from its own stream, so adding it left the projects themselves as they were.
  const base = generateBaseProjects(parks, parcels, today, random)
  const historyRandom = createRandom(random.int(1, 2 ** 30))
  return base.map((p) => withHistory(p, today, historyRandom))
}

type BaseProject = Omit<
  DemoProject,
  'firstReportedOn' | 'plannedSigningOn' | 'landRightsOn' | 'specialSupport' | 'landmark' | 'history'
>

function generateBaseProjects(
  parks: readonly ParkSeed[],
  parcels: readonly DemoParcel[],
  today: string,
  random: Random,
): BaseProject[] {
  const takenParcels = new Set<string>()
  const projects: BaseProject[] = []
  for (let i = 0; i < PROJECT_COUNT; i++) {
    const stage = projectStages[i % projectStages.length]!
    const park = random.pick(parks)
    const chain = chainSeeds.find((c) => park.industries.includes(c.key)) ?? chainSeeds[0]!
    const parcel = pickParcel(parcels, park.code, parcelStatusForStage[stage], takenParcels, random)
    const foreign = random.chance(0.25)
    const big = random.chance(0.2)
    const investment = Math.round(big ? random.between(100_000, 600_000) : random.between(5_000, 90_000))
    projects.push({
      code: `XM${today.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`,
      name: `年产${random.int(2, 80)}万套${random.pick(projectProducts[chain.key] ?? ['智能装备'])}项目`,
      investorName: `${random.pick(companyPlaces)}${random.pick(['控股', '实业', '科技', '集团'])}${random.pick(companySuffixes)}（示例）`,
      investorOrigin: random.pick(investorOrigins),
      investorFlags: big && random.chance(0.5) ? ['fortune500'] : random.chance(0.2) ? ['specialized'] : [],
      chainKey: chain.key,
      segmentKey: random.pick(chain.segments).key,
      totalInvestmentWan: investment,
      foreignCapitalWanUsd: foreign ? Math.round(random.between(200, 15_000)) : null,
      landNeedMu: parcel ? Math.round(parcel.approxMu) : random.chance(0.8) ? random.int(15, 260) : null,
      landCategory: random.chance(0.85) ? 'industrial' : random.pick(['commerce', 'services', 'tourism'] as const),
      stage,
      stageChangedOn: addDays(today, -random.int(3, stageAgeLimit[stage] ?? 240)),
      signedOn: signedStages.includes(stage) ? addDays(today, -random.int(20, 400)) : null,
      firstReportDistrict: random.chance(0.2) ? random.pick(['鄞州区', '北仑区', '海曙区']) : park.district,
      parkCode: park.code,
      parcelCode: parcel?.attributes.code ?? null,
      responsible: random.pick(['王敏', '李强', '陈静', '张伟', '刘洋', '周婷']),
      lonLat: parcel?.centre ?? park.centre,
    })
  }
  return projects
}

function pickParcel(
  parcels: readonly DemoParcel[],
  parkCode: string,
  status: string | undefined,
  taken: Set<string>,
  random: Random,
) {
  if (!status) return undefined
  const free = parcels.filter(
    (p) => p.parkCode === parkCode && p.attributes.status === status && !taken.has(p.attributes.code),
  )
  if (free.length === 0) return undefined
  const parcel = random.pick(free)
  taken.add(parcel.attributes.code)
  return parcel
}

/** Walks back from the current stage to the lead, each earlier stage lasting weeks to months; dates follow from the walk. */
function withHistory(p: BaseProject, today: string, random: Random): DemoProject {
  const ending = p.stage === 'dropped' || p.stage === 'transferred'
  const reached = ending ? lifecycle.slice(0, random.int(1, 3)) : lifecycle.slice(0, lifecycle.indexOf(p.stage) + 1)
  const path = ending ? [...reached, p.stage] : reached
  const history: { stage: ProjectStage; on: string }[] = []
  let on = p.stageChangedOn
  for (let i = path.length - 1; i >= 0; i--) {
    history.unshift({ stage: path[i]!, on })
    on = addDays(on, -random.int(12, 110))
  }
  const dateOf = (stage: ProjectStage) => history.find((h) => h.stage === stage)?.on ?? null
  const big = p.totalInvestmentWan >= 100_000 || (p.foreignCapitalWanUsd ?? 0) >= 10_000
  const talking = ['lead', 'assessed', 'negotiating'].includes(p.stage)
  return {
    ...p,
    signedOn: dateOf('signed'),
    landRightsOn: dateOf('land_supplied'),
    firstReportedOn: big ? (talking ? addDays(today, -random.int(5, 40)) : history[0]!.on) : null,
    plannedSigningOn: p.stage === 'negotiating' ? addDays(today, random.int(5, 60)) : null,
    specialSupport: random.chance(0.1),
    landmark: big && random.chance(0.2),
    history,
  }
}
