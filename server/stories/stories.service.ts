import { type Actor, recordAudit } from '../audit/audit.repo.js'
import { auditedCreate, auditedUpdate } from '../audit/audited-write.js'
import type { Db } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { VersionConflict } from '../http/versioning.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import {
  deleteStory,
  insertStory,
  lockStorySnapshot,
  publicIds,
  type StoryRow,
  storyRow,
  updateStory,
} from './stories.repo.js'
import {
  type PresentedScene,
  type Scene,
  type StoryPatch,
  sceneSchema,
  type storyCreateSchema,
} from './stories.schema.js'
import type { StoryVisibility } from './stories.table.js'
import { storyBlocks } from './story-blocks.js'
import type { FiguresContext } from './story-figures.js'
import { presentScenes } from './story-present.js'
import { confidentialIssues } from './story-rules.js'

const ENTITY = 'stories'

export interface StoryWrite {
  db: Db
  actor: Actor
}

/** The snapshot a published story plays from: everything on screen as it was on `as_of`. */
export interface StorySnapshot {
  as_of: string
  title_zh: string
  title_en: string
  scenes: PresentedScene[]
}

export function createStory(w: StoryWrite, input: (typeof storyCreateSchema)['_output']) {
  return auditedCreate(w.db, {
    actor: w.actor,
    entity: ENTITY,
    insert: (trx) => insertStory(trx, { ...input, created_by: w.actor.id }),
    read: lockStorySnapshot,
  })
}

export function patchStory(w: StoryWrite, id: number, expectedVersion: number, patch: StoryPatch) {
  return auditedUpdate(w.db, {
    actor: w.actor,
    entity: ENTITY,
    id,
    expectedVersion,
    lock: lockStorySnapshot,
    apply: (trx) => updateStory(trx, id, patch),
  })
}

export async function removeStory(w: StoryWrite, id: number, expectedVersion: number) {
  await w.db.transaction().execute(async (trx) => {
    const before = await lockStorySnapshot(trx, id)
    if (!before) throw new ApiError('not_found', `No story with id ${id}`)
    if (before.version !== expectedVersion) throw new VersionConflict(before.version)
    await deleteStory(trx, id)
    await recordAudit(trx, { actor: w.actor, action: 'delete', entity: ENTITY, entityId: id, before, after: null })
  })
}

export interface Publication extends StoryWrite {
  figures: Omit<FiguresContext, 'audience'>
  today: string
}

/**
 * Freezes the story as it is today: its scenes presented for the audience it is published for (the public sees a
 * public story built from public data only) and stored. A public story showing anything confidential is refused,
 * naming each scene and what it shows. The snapshot is computed before the write's transaction (the blocks it
 * reads are cached per handle); the version check inside it makes sure the scenes it froze are still the story's.
 */
export async function publishStory(p: Publication, id: number, expectedVersion: number) {
  const story = await lockStorySnapshot(p.db, id)
  if (!story) throw new ApiError('not_found', `No story with id ${id}`)
  if (story.version !== expectedVersion) throw new VersionConflict(story.version)
  const visibility = story.visibility as StoryVisibility
  const scenes = (story.scenes as unknown[]).map((s) => sceneSchema.parse(s))
  if (scenes.length === 0) throw new ApiError('invalid_request', 'scenes: a story needs a scene to be published')
  if (visibility === 'public') await refuseConfidential(p, scenes)
  const audience: ParcelAudience = visibility === 'public' ? 'public' : 'staff'
  const snapshot: StorySnapshot = {
    as_of: p.today,
    title_zh: story.title_zh as string,
    title_en: story.title_en as string,
    scenes: await presentScenes({ ...p.figures, audience }, scenes),
  }
  return auditedUpdate(p.db, {
    actor: p.actor,
    entity: ENTITY,
    id,
    expectedVersion,
    lock: lockStorySnapshot,
    apply: (trx) => updateStory(trx, id, { snapshot, published_at: new Date(), published_visibility: visibility }),
  })
}

async function refuseConfidential(p: Publication, scenes: readonly Scene[]) {
  const parks = scenes.flatMap((s) => [
    ...(s.highlights.parks ?? []),
    ...(s.figures && 'park_id' in s.figures && s.figures.park_id ? [s.figures.park_id] : []),
  ])
  const [ids, blocks] = await Promise.all([
    publicIds(p.db, { parks, parcels: scenes.flatMap((s) => s.highlights.parcels ?? []) }),
    storyBlocks(p.db, 'public'),
  ])
  const issues = confidentialIssues(scenes, { ...ids, blocks: new Set(blocks.map((b) => b.id)) })
  if (issues.length > 0)
    throw new ApiError('confidential', `A public story may not show confidential data: ${issues.join('; ')}`)
}

export interface StoryRead {
  figures: FiguresContext
  today: string
  edition?: 'published' | 'draft'
}

/** A story for this reader: the frozen snapshot once published, else (staff) the working copy with live figures. */
export async function readStory(r: StoryRead, id: number) {
  const row = await storyRow(r.figures.db, r.figures.audience, id)
  if (!row) throw new ApiError('not_found', `No story with id ${id}`)
  const snapshot = row.snapshot as StorySnapshot | null
  const wantsDraft = r.edition === 'draft' || !snapshot
  if (wantsDraft && r.figures.audience !== 'staff') throw new ApiError('not_found', `No story with id ${id}`)
  const { scenes: _draft, snapshot: _frozen, published_visibility: _for, ...summary } = row
  if (!wantsDraft && snapshot)
    return {
      ...summary,
      edition: 'published' as const,
      as_of: snapshot.as_of,
      unpublished_changes: changedSince(row),
      scenes: snapshot.scenes,
    }
  const scenes = (row.scenes as unknown[]).map((s) => sceneSchema.parse(s))
  return {
    ...summary,
    edition: 'draft' as const,
    as_of: r.today,
    unpublished_changes: changedSince(row),
    scenes: await presentScenes(r.figures, scenes),
  }
}

/** Whether the working copy differs from what was published (so staff know a refresh is due). */
function changedSince(row: StoryRow): boolean {
  const snapshot = row.snapshot as StorySnapshot | null
  if (!snapshot) return true
  const frozen = snapshot.scenes.map(({ features: _x, notes: _n, figures, ...rest }) => {
    const { items: _items, ...spec } = figures ?? { items: [] }
    return { ...rest, figures: figures ? spec : null }
  })
  const draft = (row.scenes as Scene[]).map(({ notes: _n, ...rest }) => rest)
  return (
    canonical(frozen) !== canonical(draft) ||
    snapshot.title_zh !== row.title_zh ||
    snapshot.title_en !== row.title_en ||
    row.published_visibility !== row.visibility
  )
}

/** JSON with every object's keys sorted: jsonb stores keys in its own order, so texts compare only once sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  )
}
