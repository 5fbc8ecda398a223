import { type ParkSeed, parkSeeds } from './catalog-parks.js'
import { type InfraSeed, infrastructureSeeds } from './catalog-places.js'
import { type DemoEnterprise, generateEnterprises } from './generate-enterprises.js'
import { type DemoTarget, datePastSupply, generateTargets } from './generate-pipeline-context.js'
import { type DemoProject, generateProjects } from './generate-projects.js'
import { type DemoRoad, parkRoads } from './generate-roads.js'
import { type DemoZone, generateZones } from './generate-zones.js'
import { createLocalFrame, type Ring, rectangleRing } from './local-frame.js'
import { type ParcelAttributes, parcelAttributes, pickBlockStatus } from './parcel-attributes.js'
import { createRandom } from './random.js'
import { layoutPark } from './subdivide.js'

export const DEMO_SEED = 20261122

export interface DemoPark {
  seed: ParkSeed
  ring: Ring
}

export interface DemoParcel {
  parkCode: string
  attributes: ParcelAttributes
  ring: Ring
  centre: [number, number]
  approxMu: number
}

export interface DemoData {
  parks: DemoPark[]
  parcels: DemoParcel[]
  infrastructure: readonly InfraSeed[]
  enterprises: DemoEnterprise[]
  projects: DemoProject[]
  targets: DemoTarget[]
  zones: DemoZone[]
  /** The parks' internal road grids, for the offline basemap. */
  roads: DemoRoad[]
}

/** The whole demonstration region from one seed: same seed and date, same data, byte for byte. */
export function generateDemo(options: { seed?: number; today?: string } = {}): DemoData {
  const random = createRandom(options.seed ?? DEMO_SEED)
  const today = options.today ?? '2026-11-22'
  const parks: DemoPark[] = []
  const parcels: DemoParcel[] = []
  const roads: DemoRoad[] = []
  for (const park of parkSeeds) {
    const frame = createLocalFrame(park.centre, park.rotationDeg)
    const [width, height] = park.sizeM
    parks.push({ seed: park, ring: rectangleRing(frame, -width / 2, -height / 2, width / 2, height / 2) })
    let blockKey = ''
    let blockStatus = pickBlockStatus(random)
    const cells = layoutPark(width, height, random)
    roads.push(...parkRoads(frame, cells))
    for (const cell of cells) {
      if (`${cell.col}/${cell.row}` !== blockKey) {
        blockKey = `${cell.col}/${cell.row}`
        blockStatus = pickBlockStatus(random)
      }
      parcels.push({
        parkCode: park.code,
        attributes: parcelAttributes(park, cell, blockStatus, random),
        ring: cell.outline.map(([x, y]) => frame.toLonLat(x, y)),
        centre: frame.toLonLat((cell.x0 + cell.x1) / 2, (cell.y0 + cell.y1) / 2),
        approxMu: cell.approxMu,
      })
    }
  }
  const parkIndustries = new Map(parkSeeds.map((p) => [p.code, p.industries]))
  const enterprises = generateEnterprises(parcels, parkIndustries, random)
  const projects = generateProjects(parkSeeds, parcels, today, random)
  // Later additions draw from their own stream, so the data generated before them stays the same.
  const contextRandom = createRandom((options.seed ?? DEMO_SEED) + 1)
  datePastSupply(parcels, projects, today, contextRandom)
  return {
    parks,
    parcels,
    infrastructure: infrastructureSeeds,
    enterprises,
    projects,
    targets: generateTargets(today, pipelineDistricts(projects), contextRandom),
    zones: generateZones(parkSeeds),
    roads,
  }
}

/** Districts where demo projects land or come from: only they have targets worth ranking. */
function pipelineDistricts(projects: readonly DemoProject[]): string[] {
  const byPark = new Map(parkSeeds.map((p) => [p.code, p.district]))
  return [...new Set(projects.flatMap((p) => [byPark.get(p.parkCode)!, p.firstReportDistrict]))].sort()
}
