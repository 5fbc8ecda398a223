import type { InferRequestType, InferResponseType } from 'hono/client'
import type { bulletinRoutes } from '../../../server/planning/bulletin.routes'
import type { planningRoutes } from '../../../server/planning/planning.routes'
import type { targetsRoutes } from '../../../server/planning/targets.routes'
import type { pipelineViewsRoutes } from '../../../server/projects/pipeline-views.routes'
import type { projectSitesRoutes } from '../../../server/projects/project-sites.routes'
import type { projectsRoutes } from '../../../server/projects/projects.routes'
import { clientFor, readJson } from './client'

const api = clientFor<
  | typeof planningRoutes
  | typeof bulletinRoutes
  | typeof targetsRoutes
  | typeof projectsRoutes
  | typeof pipelineViewsRoutes
  | typeof projectSitesRoutes
>()

export type DynamicList = 'negotiating' | 'signed' | 'building' | 'production'
export type Grouping = 'district' | 'park' | 'category'
export type ProjectListAnswer = InferResponseType<typeof api.projects.$get, 200>
export type WarningsInbox = InferResponseType<typeof api.projects.warnings.$get, 200>
export type Timeline = InferResponseType<(typeof api.projects)[':id']['timeline']['$get'], 200>
export type SupplyDemand = InferResponseType<(typeof api.planning)['supply-demand']['$get'], 200>
export type SupplyRow = SupplyDemand['rows'][number]
type RankingAnswer = InferResponseType<typeof api.planning.ranking.$get, 200>
/** Without a level the route answers the districts on the targets board; with one, 月排位 of that level's units. */
export type Ranking = Extract<RankingAnswer, { year_elapsed: number }>
export type RankingRow = Ranking['rows'][number]
export type UnitRanking = Extract<RankingAnswer, { level: string }>
export type UnitRankingQuery = { level: UnitRanking['level']; year?: number; month?: number }

export const loadProjectList = (list: DynamicList) =>
  readJson<ProjectListAnswer>(api.projects.$get({ query: { list } }))
export const projectListExportUrl = (list: DynamicList) =>
  `/api/projects/export?${new URLSearchParams({ list, format: 'xlsx' })}`
export const loadWarnings = () => readJson<WarningsInbox>(api.projects.warnings.$get())
export const loadTimeline = (id: number) =>
  readJson<Timeline>(api.projects[':id'].timeline.$get({ param: { id: String(id) } }))
export const loadSupplyDemand = (group: Grouping) =>
  readJson<SupplyDemand>(api.planning['supply-demand'].$get({ query: { group } }))
export const loadRanking = () => readJson<Ranking>(api.planning.ranking.$get({ query: {} }))
export const loadUnitRanking = ({ level, year, month }: UnitRankingQuery) =>
  readJson<UnitRanking>(
    api.planning.ranking.$get({
      query: { level, ...(year ? { year: String(year) } : {}), ...(month ? { month: String(month) } : {}) },
    }),
  )
export type TargetsTable = InferResponseType<(typeof api.planning.targets)['$get'], 200>
export type TargetsChange = InferRequestType<(typeof api.planning.targets)['$put']>['json']
export const loadTargets = (year: number) =>
  readJson<TargetsTable>(api.planning.targets.$get({ query: { year: String(year) } }))
export const saveTargets = (change: TargetsChange) =>
  readJson<TargetsTable>(api.planning.targets.$put({ json: change }))
/** The ranking's metrics, in the order tables show them (the server's order too). */
export const targetMetrics = [
  'projects_1yi',
  'projects_10yi',
  'foreign_capital_usd_wan',
  'industrial_land_investment_wan',
] as const

type BulletinAnswer = InferResponseType<typeof api.planning.bulletin.$get, 200>
/** 季通报 as JSON (the workbook is a download: bulletinExcelUrl). */
export type Bulletin = Extract<BulletinAnswer, { sections: unknown }>
export const loadBulletin = (year: number, quarter: number) =>
  readJson<Bulletin>(
    api.planning.bulletin.$get({ query: { year: String(year), quarter: String(quarter), format: 'json' } }),
  )
export const bulletinExcelUrl = (year: number, quarter: number) =>
  `/api/planning/bulletin?${new URLSearchParams({ year: String(year), quarter: String(quarter), format: 'xlsx' })}`
