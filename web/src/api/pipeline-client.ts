import type { InferResponseType } from 'hono/client'
import { api, readJson } from './client'

export type DynamicList = 'negotiating' | 'signed' | 'building' | 'production'
export type Grouping = 'district' | 'park' | 'category'
export type ProjectListAnswer = InferResponseType<typeof api.projects.$get, 200>
export type WarningsInbox = InferResponseType<typeof api.projects.warnings.$get, 200>
export type Timeline = InferResponseType<(typeof api.projects)[':id']['timeline']['$get'], 200>
export type SupplyDemand = InferResponseType<(typeof api.planning)['supply-demand']['$get'], 200>
export type SupplyRow = SupplyDemand['rows'][number]
export type Ranking = InferResponseType<typeof api.planning.ranking.$get, 200>
export type RankingRow = Ranking['rows'][number]

export const loadProjectList = (list: DynamicList) => readJson<ProjectListAnswer>(api.projects.$get({ query: { list } }))
export const projectListExportUrl = (list: DynamicList) => `/api/projects/export?${new URLSearchParams({ list, format: 'xlsx' })}`
export const loadWarnings = () => readJson<WarningsInbox>(api.projects.warnings.$get())
export const loadTimeline = (id: number) => readJson<Timeline>(api.projects[':id'].timeline.$get({ param: { id: String(id) } }))
export const loadSupplyDemand = (group: Grouping) => readJson<SupplyDemand>(api.planning['supply-demand'].$get({ query: { group } }))
export const loadRanking = () => readJson<Ranking>(api.planning.ranking.$get())
