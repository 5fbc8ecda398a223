import type { InferResponseType } from 'hono/client'
import type { spaceRoutes } from '../../../server/space/space.routes'
import type { unitHoldsRoutes } from '../../../server/space/unit-holds.routes'
import { clientFor, readJson } from './client'

const api = clientFor<typeof spaceRoutes | typeof unitHoldsRoutes>()

type BuildingAnswer = InferResponseType<typeof api.buildings.$get, 200>
export type BuildingCollection = Extract<BuildingAnswer, { type: 'FeatureCollection' }>
export type BuildingProperties = BuildingCollection['features'][number]['properties']
export type BuildingDetail = InferResponseType<(typeof api.buildings)[':id']['$get'], 200>
export type BuildingUnit = BuildingDetail['units'][number]
export type UnitPage = InferResponseType<typeof api.units.$get, 200>

/** The map's query for buildings: every one the audience may see (a few thousand at most: one GeoJSON). */
export const BUILDINGS_FOR_MAP = { format: 'geojson', limit: '5000' } as const
export const loadBuildings = () => readJson<BuildingCollection>(api.buildings.$get({ query: BUILDINGS_FOR_MAP }))
export const loadBuilding = (id: number) =>
  readJson<BuildingDetail>(api.buildings[':id'].$get({ param: { id: String(id) } }))

export type ProjectUnits = InferResponseType<(typeof api.projects)[':id']['units']['$get'], 200>
export const loadProjectUnits = (projectId: number) =>
  readJson<ProjectUnits>(api.projects[':id'].units.$get({ param: { id: String(projectId) } }))
export const reserveUnits = (projectId: number, unitIds: number[]) =>
  readJson<ProjectUnits>(
    api.projects[':id'].units.$post({ param: { id: String(projectId) }, json: { unit_ids: unitIds } }),
  )
export const releaseUnit = (projectId: number, unitId: number) =>
  readJson<ProjectUnits>(
    api.projects[':id'].units[':unitId'].$delete({ param: { id: String(projectId), unitId: String(unitId) } }),
  )
