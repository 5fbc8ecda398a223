import { type Insertable, sql, type Updateable } from 'kysely'
import { snapshotLocker } from '../audit/snapshot.repo.js'
import type { DbOrTrx } from '../db/database.js'
import { rounded } from '../db/geojson-sql.js'
import type { Bbox } from '../http/bbox.js'
import { visibleTo } from '../land/land-visibility.js'
import { type ParcelAudience, visibleParcels } from '../land/parcels.repo.js'
import type { StoriesTable } from './stories.table.js'

export const lockStorySnapshot = snapshotLocker('stories')

export type NewStory = Omit<Insertable<StoriesTable>, 'scenes'> & { scenes: unknown[] }

export async function insertStory(trx: DbOrTrx, story: NewStory): Promise<number> {
  const row = await trx
    .insertInto('stories')
    .values({ ...story, scenes: JSON.stringify(story.scenes) })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export type StoryChanges = Omit<Updateable<StoriesTable>, 'id' | 'version' | 'created_at' | 'scenes' | 'snapshot'> & {
  scenes?: unknown[]
  snapshot?: unknown
}

export async function updateStory(trx: DbOrTrx, id: number, changes: StoryChanges) {
  const { scenes, snapshot, ...plain } = changes
  await trx
    .updateTable('stories')
    .set({
      ...plain,
      ...(scenes ? { scenes: JSON.stringify(scenes) } : {}),
      ...(snapshot !== undefined ? { snapshot: JSON.stringify(snapshot) } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute()
}

export async function deleteStory(trx: DbOrTrx, id: number) {
  await trx.deleteFrom('stories').where('id', '=', id).execute()
}

/** Which stories a reader may open: staff every one, the public those published for the public. */
export function visibleStories(db: DbOrTrx, audience: ParcelAudience) {
  const query = db.selectFrom('stories as s')
  return audience === 'staff' ? query : query.where('s.published_visibility', '=', 'public')
}

export function storySummaries(db: DbOrTrx, audience: ParcelAudience) {
  return visibleStories(db, audience)
    .select([
      's.id',
      's.title_zh',
      's.title_en',
      's.visibility',
      's.version',
      sql<boolean>`s.snapshot IS NOT NULL`.as('published'),
      sql<string | null>`to_char(s.published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS')`.as(
        'published_at',
      ),
      sql<number>`jsonb_array_length(s.scenes)`.as('scene_count'),
    ])
    .orderBy('s.id')
}

export function storyRow(db: DbOrTrx, audience: ParcelAudience, id: number) {
  return storySummaries(db, audience)
    .select(['s.scenes', 's.snapshot', 's.published_visibility'])
    .where('s.id', '=', id)
    .executeTakeFirst()
}

export type StoryRow = NonNullable<Awaited<ReturnType<typeof storyRow>>>

/** Published land on offer (status available) in a park or a box: how many parcels and how many mu. */
export async function landOnOffer(db: DbOrTrx, audience: ParcelAudience, where: { parkId?: number; bbox?: Bbox }) {
  let query = visibleParcels(db, audience).where('p.status', '=', 'available')
  if (where.parkId !== undefined) query = query.where('p.park_id', '=', where.parkId)
  if (where.bbox) query = query.where(sql<boolean>`p.geom && ${envelope(where.bbox)}`)
  return query
    .select([sql<number>`count(*)::int`.as('count'), rounded(sql`coalesce(sum(p.area_mu), 0)`, 1).as('mu')])
    .executeTakeFirstOrThrow()
}

/** The parcels (any status this audience sees) whose outline touches a box. */
export async function parcelIdsIn(db: DbOrTrx, audience: ParcelAudience, bbox: Bbox): Promise<Set<number>> {
  const rows = await visibleParcels(db, audience)
    .select('p.id')
    .where(sql<boolean>`p.geom && ${envelope(bbox)}`)
    .execute()
  return new Set(rows.map((r) => r.id))
}

const envelope = (b: Bbox) => sql`ST_MakeEnvelope(${b[0]}, ${b[1]}, ${b[2]}, ${b[3]}, 4326)`

/** A park as a story names it, with its nearest port on the ellipsoid; nothing when this audience may not see it. */
export async function parkFacts(db: DbOrTrx, audience: ParcelAudience, parkId: number) {
  return db
    .selectFrom('parks as k')
    .select([
      'k.id',
      'k.name',
      'k.name_en',
      'k.contact',
      'k.positioning',
      'k.positioning_en',
      (eb) =>
        eb
          .selectFrom('infrastructure as i')
          .select(
            sql<string>`json_build_object('name', i.name, 'name_en', i.name_en, 'km',
            round((ST_Distance(i.geom::geography, ST_PointOnSurface(k.geom)::geography) / 1000)::numeric, 1)::float8)`.as(
              'port',
            ),
          )
          .where('i.kind', '=', 'port')
          .orderBy(sql`i.geom <-> ST_PointOnSurface(k.geom)`)
          .limit(1)
          .as('nearest_port'),
    ])
    .where('k.id', '=', parkId)
    .where(visibleTo(audience, 'k'))
    .executeTakeFirst()
}

/** Which of these parks and parcels the public may see (published): what a public story may show. */
export async function publicIds(db: DbOrTrx, ids: { parks: number[]; parcels: number[] }) {
  const [parks, parcels] = await Promise.all([
    ids.parks.length === 0
      ? []
      : db.selectFrom('parks').select('id').where('id', 'in', ids.parks).where('published', '=', true).execute(),
    ids.parcels.length === 0
      ? []
      : db.selectFrom('parcels').select('id').where('id', 'in', ids.parcels).where('published', '=', true).execute(),
  ])
  return { parks: new Set(parks.map((r) => r.id)), parcels: new Set(parcels.map((r) => r.id)) }
}

/** Projects by stage: staff figures (the pipeline is confidential), for internal stories and the big screen. */
export async function projectsByStage(db: DbOrTrx) {
  return db
    .selectFrom('projects')
    .select(['stage', sql<number>`count(*)::int`.as('count')])
    .groupBy('stage')
    .execute()
}

/** What the demo story is made of, found by the names the demo data gives them. */
export async function demoStoryPlaces(db: DbOrTrx, parkCode: string, chainKey: string) {
  const [park, chain, ports] = await Promise.all([
    db
      .selectFrom('parks as k')
      .select([
        'k.id',
        'k.name',
        sql<[number, number]>`ARRAY[ST_X(ST_PointOnSurface(k.geom)), ST_Y(ST_PointOnSurface(k.geom))]`.as('centre'),
      ])
      .where('k.code', '=', parkCode)
      .executeTakeFirst(),
    db.selectFrom('chains').select('id').where('key', '=', chainKey).executeTakeFirst(),
    db.selectFrom('infrastructure').select('id').where('kind', '=', 'port').orderBy('id').execute(),
  ])
  return { park, chainId: chain?.id, portIds: ports.map((p) => p.id) }
}

export async function insertPublishedStory(db: DbOrTrx, story: NewStory & { snapshot: string }) {
  await db
    .insertInto('stories')
    .values({ ...story, scenes: JSON.stringify(story.scenes) })
    .execute()
}
