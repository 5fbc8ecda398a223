import type { ColumnType, Generated } from 'kysely'
import type { Timestamp, Version } from '../db/columns.js'

export const storyVisibilities = ['internal', 'public'] as const
export type StoryVisibility = (typeof storyVisibilities)[number]

type Json<T> = ColumnType<T, string, string>
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>

/**
 * A roadshow story (路演推介): the working copy of its scenes, and once published the snapshot frozen that day, which
 * is what plays. `published_visibility` is who the snapshot was built for: a public snapshot was built from what the
 * public may see, so a later switch to "public" never exposes an internal snapshot.
 */
export interface StoriesTable {
  id: Generated<number>
  title_zh: string
  title_en: string
  visibility: StoryVisibility
  scenes: Json<unknown[]>
  snapshot: NullableJson<unknown>
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  published_visibility: ColumnType<StoryVisibility | null, StoryVisibility | null | undefined, StoryVisibility | null>
  created_by: number | null
  version: Version
  created_at: Timestamp
  updated_at: Timestamp
}
