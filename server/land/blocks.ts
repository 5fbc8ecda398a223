import type { DbOrTrx } from '../db/database.js'
import { assembleBlocks, type Block } from './block-graph.js'
import { membershipKey } from './block-increments.js'
import { adjacencyAfter, lastBlockRun, previousRun, type StoredShape, saveRun } from './block-runs.js'
import { type BlockFilter, blockCandidates, blockShapes, metricSrid } from './blocks.repo.js'
import type { ParcelStatus } from './parcels.table.js'

export const DEFAULT_BLOCK_STATUSES: readonly ParcelStatus[] = ['available', 'reserve']

export interface BlockWithShape extends Block {
  geometry: string | null
  widthM: number | null
  lengthM: number | null
  compactness: number | null
}

export interface BlockOptions {
  gapM: number
  minMu: number
  /** Who belongs to which block, without dissolving outlines (the costly part): for counting, not drawing. */
  membershipOnly?: boolean
}

const stateKey = (kind: string, filter: BlockFilter, options: Partial<BlockOptions>) =>
  JSON.stringify([
    kind,
    filter.audience,
    [...filter.statuses].sort(),
    options.gapM,
    options.minMu ?? null,
    options.membershipOnly ?? false,
  ])

/** The last computation's figures for these blocks on this handle (full, incremental or unchanged; what it measured). */
export const lastBlocksRun = (db: DbOrTrx, filter: BlockFilter, options: BlockOptions) =>
  lastBlockRun(db, stateKey('blocks', filter, options))

/**
 * Skeleton (candidates and outlines in metres from SQL) → pure adjacency and assembly → shapes for the blocks
 * that qualify. With a gap, parcels join when they face each other across it along at least max(1 m, gap),
 * so parcels diagonal across a crossroads stay apart. After an edit, only what the edit touched is measured again.
 */
export async function computeBlocks(
  db: DbOrTrx,
  filter: BlockFilter,
  options: BlockOptions,
): Promise<BlockWithShape[]> {
  const key = stateKey('blocks', filter, options)
  const previous = previousRun(db, key)
  const [srid, candidates] = await Promise.all([metricSrid(db, filter), blockCandidates(db, filter)])
  const adjacency = await adjacencyAfter(db, filter, options.gapM, srid, candidates, previous)
  const blocks = assembleBlocks(candidates, adjacency.pairs, options.minMu)
  const known = previous?.shapes ?? new Map<string, StoredShape>()
  const shapes = options.membershipOnly
    ? { byMembers: new Map<string, StoredShape>(), computed: 0 }
    : await shapesOf(db, blocks, adjacency.stamps, known)
  saveRun(db, key, {
    srid,
    stamps: adjacency.stamps,
    pairs: adjacency.pairs,
    shapes: shapes.byMembers,
    run: { ...adjacency.run, shapesComputed: shapes.computed },
  })
  return blocks.map((block) => {
    const shape = shapes.byMembers.get(membershipKey(block.parcelIds, adjacency.stamps))
    return {
      ...block,
      geometry: shape?.geometry ?? null,
      widthM: shape?.widthM ?? null,
      lengthM: shape?.lengthM ?? null,
      compactness: shape?.compactness ?? null,
    }
  })
}

/** Which candidates touch (or face each other across `gapM`): pairs of parcel ids. */
export async function computeAdjacency(db: DbOrTrx, filter: BlockFilter, gapM: number): Promise<[number, number][]> {
  const key = stateKey('adjacency', filter, { gapM })
  const previous = previousRun(db, key)
  const [srid, candidates] = await Promise.all([metricSrid(db, filter), blockCandidates(db, filter)])
  const adjacency = await adjacencyAfter(db, filter, gapM, srid, candidates, previous)
  saveRun(db, key, {
    srid,
    stamps: adjacency.stamps,
    pairs: adjacency.pairs,
    shapes: new Map(),
    run: { ...adjacency.run, shapesComputed: 0 },
  })
  return adjacency.pairs.map(([a, b]) => [a, b])
}

/** The blocks' shapes: kept where the members and their outlines are as before, dissolved again where not. */
async function shapesOf(
  db: DbOrTrx,
  blocks: readonly Block[],
  stamps: ReadonlyMap<number, string>,
  known: ReadonlyMap<string, StoredShape>,
) {
  const keys = blocks.map((block) => membershipKey(block.parcelIds, stamps))
  const byMembers = new Map<string, StoredShape>()
  const missing: number[] = []
  keys.forEach((key, index) => {
    const shape = known.get(key)
    if (shape) byMembers.set(key, shape)
    else missing.push(index)
  })
  for (const { block, ...shape } of await shapesInParallel(
    db,
    missing.map((index) => blocks[index]!),
  ))
    byMembers.set(keys[missing[block]!]!, shape)
  return { byMembers, computed: missing.length }
}

/** Dissolving outlines dominates: on PostgreSQL, four connections share it (PGlite runs them one after another). */
async function shapesInParallel(db: DbOrTrx, blocks: readonly Block[]) {
  const lanes: { block: number; parcelId: number }[][] = [[], [], [], []]
  blocks.forEach((block, index) => {
    lanes[index % lanes.length]!.push(...block.parcelIds.map((parcelId) => ({ block: index, parcelId })))
  })
  return (await Promise.all(lanes.map((members) => blockShapes(db, members)))).flat()
}

const round2 = (km: number | null) => (km === null ? null : Math.round(km * 100) / 100)

/** Blocks as GeoJSON: one feature each, numbered from 1 (MapLibre feature ids), largest first. */
export function blockFeatureCollection(blocks: readonly BlockWithShape[]) {
  const features = blocks.map((b, index) => ({
    type: 'Feature' as const,
    id: index + 1,
    geometry: (b.geometry ? JSON.parse(b.geometry) : { type: 'MultiPolygon', coordinates: [] }) as {
      type: string
      coordinates: unknown[]
    },
    properties: {
      ...blockFigures(b),
      parcel_ids: b.parcelIds,
      parcel_codes: b.parcelCodes,
      regions: b.regions,
      parks: b.parks,
      regions_en: b.regionsEn,
      parks_en: b.parksEn,
      land_uses: b.terms.landUses,
      price_min: b.terms.priceMin,
      price_max: b.terms.priceMax,
      km_port: round2(b.terms.kmPort),
      km_rail_station: round2(b.terms.kmRailStation),
      km_interchange: round2(b.terms.kmInterchange),
      km_airport: round2(b.terms.kmAirport),
      compactness: b.compactness,
    },
  }))
  return { type: 'FeatureCollection' as const, features }
}

/** What a block says of itself wherever it is shown (its GeoJSON feature, its vector tile). */
export function blockFigures(b: BlockWithShape) {
  return {
    block_id: b.id,
    total_mu: Math.round(b.totalMu * 100) / 100,
    parcel_count: b.parcelIds.length,
    width_m: b.widthM,
    length_m: b.lengthM,
    net_land_throughout: b.netLandThroughout,
    sell_whole: b.sellWhole,
  }
}
