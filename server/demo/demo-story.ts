import { demoStoryTexts, demoStoryTitles } from '../../scripts/demo/catalog-story.js'
import { DEFAULT_CHAIN_GAP_THRESHOLD } from '../config.js'
import type { Db } from '../db/database.js'
import { demoStoryPlaces, insertPublishedStory } from '../stories/stories.repo.js'
import { type Scene, sceneSchema } from '../stories/stories.schema.js'
import { storyBlocks } from '../stories/story-blocks.js'
import { presentScenes } from '../stories/story-present.js'

const PARK_CODE = 'XSLG'
const CHAIN_KEY = 'wind_port'
const NINGBO: [number, number] = [121.62, 29.7]

/**
 * The demo roadshow (issue 19): the city and its ports, the 象山 临港装备 park, its 200-mu block, the wind-power chain
 * and its gap, the incentives, and whom to call. Published for the public, frozen the day the demo is loaded.
 */
export async function loadDemoStory(db: Db, today: string): Promise<number> {
  const { park, chainId, portIds } = await demoStoryPlaces(db, PARK_CODE, CHAIN_KEY)
  if (!park || !chainId) return 0
  const blocks = await storyBlocks(db, 'public')
  const block = blocks.filter((b) => b.parks.includes(park.name)).sort((a, b) => b.totalMu - a.totalMu)[0]
  const scenes = demoScenes({ parkId: park.id, centre: park.centre, chainId, portIds, blockId: block?.id })
  const ctx = { db, audience: 'public' as const, chainGapThreshold: DEFAULT_CHAIN_GAP_THRESHOLD }
  const presented = await presentScenes(ctx, scenes)
  const titles = demoStoryTitles
  await insertPublishedStory(db, {
    ...titles,
    visibility: 'public',
    scenes,
    snapshot: JSON.stringify({ as_of: today, ...titles, scenes: presented }),
    published_at: new Date(),
    published_visibility: 'public',
    created_by: null,
  })
  return 1
}

interface Places {
  parkId: number
  centre: [number, number]
  chainId: number
  portIds: number[]
  blockId: string | undefined
}

/** Where each scene looks and what it shows and counts; the words come from the catalogue, scene by scene. */
function demoScenes(p: Places): Scene[] {
  const park = { center: p.centre, zoom: 13.2, bearing: 0, pitch: 0 }
  const parkOnly = { parks: [p.parkId] }
  const shapes = [
    {
      view: { ...park, center: NINGBO, zoom: 8.4 },
      layers: ['parks', 'infrastructure'],
      highlights: { infrastructure: p.portIds },
      figures: { kind: 'land' },
    },
    {
      view: park,
      layers: ['parcels', 'parks', 'infrastructure'],
      highlights: parkOnly,
      figures: { kind: 'land', park_id: p.parkId },
    },
    {
      view: { ...park, zoom: 14.2, pitch: 40, bearing: -15 },
      layers: ['parcels', 'blocks', 'infrastructure'],
      highlights: { blocks: p.blockId ? [p.blockId] : [] },
      figures: { kind: 'port', park_id: p.parkId },
    },
    {
      view: { ...park, zoom: 10.2 },
      layers: ['parks', 'chain_firms'],
      highlights: { chain: { chain_id: p.chainId } },
      figures: { kind: 'chain', chain_id: p.chainId },
    },
    {
      view: park,
      layers: ['parcels', 'parks'],
      highlights: parkOnly,
      figures: { kind: 'incentives', profile: SAMPLE_PROJECT },
    },
    {
      view: { ...park, zoom: 12 },
      layers: ['parks', 'infrastructure'],
      highlights: parkOnly,
      figures: { kind: 'contact', park_id: p.parkId },
    },
  ]
  return shapes.map((shape, i) => sceneSchema.parse({ ...demoStoryTexts[i], ...shape }))
}

/** The sample investment the incentives scene estimates for (its caption describes it). */
const SAMPLE_PROJECT = {
  project_kind: 'industrial',
  is_new: true,
  total_investment_wan: 100_000,
  foreign_capital_usd_wan: 3000,
}
