import type { InferRequestType, InferResponseType } from 'hono/client'
import type { storiesRoutes } from '../../../server/stories/stories.routes'
import { clientFor, readJson } from './client'

const api = clientFor<typeof storiesRoutes>()

export type StoryList = InferResponseType<typeof api.stories.$get, 200>
export type StorySummary = StoryList['stories'][number]
export type Story = InferResponseType<(typeof api.stories)[':id']['$get'], 200>
export type PresentedScene = Story['scenes'][number]
export type FigureItem = NonNullable<PresentedScene['figures']>['items'][number]
export type StoryCreate = InferRequestType<typeof api.stories.$post>['json']
export type StoryPatch = InferRequestType<(typeof api.stories)[':id']['$patch']>['json']
export type SceneInput = NonNullable<StoryPatch['scenes']>[number]

export const loadStories = () => readJson<StoryList>(api.stories.$get())
export const loadStory = (id: number, edition?: 'draft') =>
  readJson<Story>(api.stories[':id'].$get({ param: { id: String(id) }, query: edition ? { edition } : {} }))
export const createStory = (story: StoryCreate) => readJson<StorySummary>(api.stories.$post({ json: story }))

const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } })
export const patchStory = (id: number, version: number, patch: StoryPatch) =>
  readJson<StorySummary>(api.stories[':id'].$patch({ param: { id: String(id) }, json: patch }, ifMatch(version)))
export const publishStory = (id: number, version: number) =>
  readJson<StorySummary>(api.stories[':id'].publish.$post({ param: { id: String(id) } }, ifMatch(version)))
export const loadBigscreen = () => readJson<Story>(api.bigscreen.$get())
