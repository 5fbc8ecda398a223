import type { InferRequestType, InferResponseType } from 'hono/client'
import type { infraRoutes } from '../../../server/infra/infra.routes'
import type { projectSitesRoutes } from '../../../server/projects/project-sites.routes'
import type { projectsRoutes } from '../../../server/projects/projects.routes'
import type { matchRoutes } from '../../../server/recommend/match.routes'
import type { recommendRoutes } from '../../../server/recommend/recommend.routes'
import { clientFor, readJson } from './client'

const api = clientFor<
  typeof matchRoutes | typeof recommendRoutes | typeof infraRoutes | typeof projectSitesRoutes | typeof projectsRoutes
>()

type AnyProfile = InferRequestType<typeof api.recommend.$post>['json']
type AnyRecommendation = InferResponseType<typeof api.recommend.$post, 200>
/** Land: the profile without `need`, or `need: 'land'`. */
export type SiteProfile = Exclude<AnyProfile, { need: 'space' }>
export type SiteRecommendation = Exclude<AnyRecommendation, { need: 'space' }>
export type SpaceProfile = Extract<AnyProfile, { need: 'space' }>
export type SpaceRecommendation = Extract<AnyRecommendation, { need: 'space' }>
export type SiteCandidate = SiteRecommendation['candidates'][number]
export type SiteCriterionScore = SiteCandidate['criteria'][number]
export type SiteRejection = SiteRecommendation['why_not'][number]['reasons'][number]
export type IndustryMatch = InferResponseType<typeof api.match.$get, 200>
export type ProjectSites = InferResponseType<(typeof api.projects)[':id']['sites']['$get'], 200>

export const recommendSites = (profile: SiteProfile) =>
  readJson<SiteRecommendation>(api.recommend.$post({ json: profile }))
export const recommendSpace = (profile: SpaceProfile) =>
  readJson<SpaceRecommendation>(api.recommend.$post({ json: profile }))
export const loadIndustryMatch = (site: { parcel?: number; park?: number; block?: string }) =>
  readJson<IndustryMatch>(
    api.match.$get({ query: { parcel: site.parcel?.toString(), park: site.park?.toString(), block: site.block } }),
  )
export const loadProjectSites = (projectId: number) =>
  readJson<ProjectSites>(api.projects[':id'].sites.$get({ param: { id: String(projectId) } }))
export const attachSite = (
  projectId: number,
  site: { parcel_ids: number[]; score: number; profile: Record<string, unknown> },
) => readJson<ProjectSites>(api.projects[':id'].sites.$post({ param: { id: String(projectId) }, json: site }))
export const detachSite = (projectId: number, siteId: number) =>
  readJson<ProjectSites>(
    api.projects[':id'].sites[':siteId'].$delete({ param: { id: String(projectId), siteId: String(siteId) } }),
  )
export type ZoneCollection = InferResponseType<(typeof api)['sensitive-zones']['$get'], 200>
export const loadSensitiveZones = () => readJson<ZoneCollection>(api['sensitive-zones'].$get())
