import type { Scene } from './stories.schema.js'
import { districtRanking, type FiguresContext } from './story-figures.js'
import { presentScenes } from './story-present.js'

const CITY = { center: [121.62, 29.72] as [number, number], zoom: 8.5, bearing: 0, pitch: 0 }

/** The leaders' big screen (驾驶舱): three scenes computed live, cycled by the same player as the stories. */
const bigscreenScenes: Scene[] = [
  {
    title_zh: '土地供给：在售土地与连片地块',
    title_en: 'Land supply: land on offer and contiguous blocks',
    caption_zh: '全市在售土地、≥100亩与≥200亩连片地块。',
    caption_en: 'Land on offer across the city, and contiguous blocks of 100 and 200 mu and more.',
    view: CITY,
    layers: ['parcels', 'blocks', 'parks'],
    highlights: {},
    figures: { kind: 'land' },
    notes: '',
    duration_s: 20,
  },
  {
    title_zh: '项目推进：在谈、签约、开工、投产',
    title_en: 'The pipeline: negotiating, signed, under construction, in production',
    caption_zh: '红黄灯标出需要督办的项目。',
    caption_en: 'Red and yellow halos mark the projects that need a push.',
    view: CITY,
    layers: ['projects', 'parks'],
    highlights: {},
    figures: { kind: 'pipeline' },
    notes: '',
    duration_s: 20,
  },
  {
    title_zh: '本月赛马：各区县目标完成度',
    title_en: 'This month’s ranking: each district against its targets',
    caption_zh: '区县按年度目标完成度着色：绿灯达序时进度，黄灯落后，红灯严重落后。',
    caption_en:
      'Districts coloured by their progress against this year’s targets: green on track, yellow behind, red far behind.',
    view: CITY,
    layers: ['parks'],
    highlights: {},
    figures: { kind: 'ranking' },
    notes: '',
    duration_s: 20,
  },
]

/** The big screen as a story (never stored: its figures are today's), for staff who may read the pipeline. */
export async function bigscreenStory(ctx: FiguresContext, today: string) {
  const scenes = await presentScenes(ctx, bigscreenScenes)
  const ranking = await districtRanking(ctx)
  const lights = (ranking?.rows ?? []).map((r) => ({ region_id: r.region_id, light: r.light }))
  scenes[2] = { ...scenes[2]!, region_lights: lights }
  return {
    id: 0,
    title_zh: '招商驾驶舱',
    title_en: 'Investment cockpit',
    visibility: 'internal' as const,
    published: false,
    published_at: null,
    scene_count: scenes.length,
    version: 0,
    edition: 'draft' as const,
    as_of: today,
    unpublished_changes: false,
    scenes,
  }
}
