import type { Db } from '../../server/db/database.js'
import { createStory, patchStory, publishStory } from '../../server/stories/stories.service.js'

interface StoryPlaces {
  parkId: number
  publicParcelId: number
  secretParcelId: number
  projectId: number
  actorId: number
}

/**
 * Stories that must never reach the public, each text a canary: an internal story published with the pipeline on
 * it and then switched to "public" without being published again; a public story not yet published; and a public
 * story published with presenter notes (which stay with the staff).
 */
export async function insertStoryCanaries(db: Db, canary: (field: string) => string, p: StoryPlaces) {
  const w = { db, actor: { id: p.actorId, name: 'promoter' } }
  const publication = { ...w, figures: { db, chainGapThreshold: 2 }, today: '2026-11-29' }
  const scene = (field: string, extra: Record<string, unknown>) => ({
    title_zh: canary(`${field}.title_zh`),
    title_en: canary(`${field}.title_en`),
    caption_zh: canary(`${field}.caption_zh`),
    caption_en: canary(`${field}.caption_en`),
    notes: canary(`${field}.notes`),
    view: { center: [121.015, 30.015] as [number, number], zoom: 14, bearing: 0, pitch: 0 },
    layers: ['parcels' as const],
    highlights: {},
    figures: null,
    duration_s: 10,
    ...extra,
  })
  const internal = await createStory(w, {
    title_zh: canary('stories.internal.title_zh'),
    title_en: canary('stories.internal.title_en'),
    visibility: 'internal',
    scenes: [
      scene('stories.internal.scene', {
        layers: ['parcels', 'projects'],
        highlights: { projects: [p.projectId], parcels: [p.secretParcelId], parks: [p.parkId] },
        figures: { kind: 'pipeline' },
      }),
    ],
  })
  await publishStory(publication, internal.id as number, 1)
  await patchStory(w, internal.id as number, 2, { visibility: 'public' })
  await createStory(w, {
    title_zh: canary('stories.draft.title_zh'),
    title_en: canary('stories.draft.title_en'),
    visibility: 'public',
    scenes: [scene('stories.draft.scene', {})],
  })
  const open = await createStory(w, {
    title_zh: 'Open story',
    title_en: 'Open story',
    visibility: 'public',
    scenes: [
      {
        ...scene('stories.public.scene', { highlights: { parcels: [p.publicParcelId], parks: [p.parkId] } }),
        title_zh: '公开',
        title_en: 'Open',
        caption_zh: '',
        caption_en: '',
        figures: { kind: 'land', park_id: p.parkId },
      },
    ],
  })
  await publishStory(publication, open.id as number, 1)
}
