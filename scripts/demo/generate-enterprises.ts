import type { EnterpriseStatus } from '../../server/chains/chains.table.js'
import { chainSeeds } from './catalog-chains.js'
import { companyPlaces, companySuffixes, companyWords, investorOrigins } from './catalog-names.js'
import type { DemoParcel } from './generate-demo.js'
import type { Random } from './random.js'

export interface DemoEnterprise {
  name: string
  nameEn: string
  chainKey: string
  segmentKey: string
  parkCode: string | null
  status: EnterpriseStatus
  isChainMaster: boolean
  flags: string[]
  employees: number | null
  annualOutputWan: number | null
  origin: string | null
  contactStage: string | null
  lonLat: [number, number] | null
}

const ENTERPRISES_PER_CHAIN = 24
const TARGETS_PER_CHAIN = 5

/** Existing firms sit on built or building parcels of parks whose positioning fits their chain. */
export function generateEnterprises(
  parcels: readonly DemoParcel[],
  parkIndustries: Map<string, string[]>,
  random: Random,
): DemoEnterprise[] {
  const used = new Set<string>()
  const enterprises: DemoEnterprise[] = []
  for (const chain of chainSeeds) {
    const sites = parcels.filter(
      (p) =>
        ['built', 'building', 'supplied'].includes(p.attributes.status) &&
        parkIndustries.get(p.parkCode)?.includes(chain.key),
    )
    for (let i = 0; i < ENTERPRISES_PER_CHAIN; i++) {
      const isMaster = i < chain.masters.length
      const segment = isMaster
        ? (chain.segments.find((s) => s.tier === 'midstream') ?? chain.segments[0]!)
        : random.pick(chain.segments)
      const site = sites.length > 0 ? sites.splice(random.int(0, sites.length - 1), 1)[0] : undefined
      enterprises.push({
        name: isMaster ? chain.masters[i]! : uniqueName(chain.key, used, random),
        nameEn: '',
        chainKey: chain.key,
        segmentKey: segment.key,
        parkCode: site?.parkCode ?? null,
        status: 'existing',
        isChainMaster: isMaster,
        flags: existingFlags(isMaster, random),
        employees: isMaster ? random.int(800, 3000) : random.int(40, 600),
        annualOutputWan: Math.round(isMaster ? random.between(200_000, 800_000) : random.between(3_000, 90_000)),
        origin: null,
        contactStage: null,
        lonLat: site?.centre ?? null,
      })
    }
    for (let i = 0; i < TARGETS_PER_CHAIN; i++)
      enterprises.push(targetEnterprise(chain.key, random.pick(chain.segments).key, used, random))
  }
  return enterprises
}

function targetEnterprise(chainKey: string, segmentKey: string, used: Set<string>, random: Random): DemoEnterprise {
  return {
    name: uniqueName(chainKey, used, random),
    nameEn: '',
    chainKey,
    segmentKey,
    parkCode: null,
    status: 'target',
    isChainMaster: false,
    flags: random.chance(0.3) ? ['listed'] : [],
    employees: null,
    annualOutputWan: null,
    origin: random.pick(investorOrigins),
    contactStage: random.pick(['已建立联系', '已拜访', '已回访', '意向洽谈']),
    lonLat: null,
  }
}

function existingFlags(isMaster: boolean, random: Random): string[] {
  if (isMaster) return ['chain_master', 'china500', 'listed']
  const flags: string[] = []
  if (random.chance(0.15)) flags.push('specialized')
  if (random.chance(0.08)) flags.push('listed')
  if (random.chance(0.04)) flags.push('hidden_champion')
  return flags
}

function uniqueName(chainKey: string, used: Set<string>, random: Random): string {
  for (;;) {
    const name = `宁波${random.pick(companyPlaces)}${random.pick(companyWords[chainKey] ?? ['科技'])}${random.pick(companySuffixes)}`
    if (!used.has(name)) {
      used.add(name)
      return name
    }
  }
}
