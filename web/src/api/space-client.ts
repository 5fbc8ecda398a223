import type { InferResponseType } from 'hono/client'
import type { spaceRoutes } from '../../../server/space/space.routes'
import { clientFor, readJson } from './client'

const api = clientFor<typeof spaceRoutes>()

type BuildingAnswer = InferResponseType<typeof api.buildings.$get, 200>
export type BuildingCollection = Extract<BuildingAnswer, { type: 'FeatureCollection' }>
export type BuildingProperties = BuildingCollection['features'][number]['properties']
export type BuildingDetail = InferResponseType<(typeof api.buildings)[':id']['$get'], 200>
export type BuildingUnit = BuildingDetail['units'][number]
export type UnitPage = InferResponseType<typeof api.units.$get, 200>

/** Every building the audience may see, for the map (a few thousand at most: one GeoJSON). */
export const loadBuildings = () =>
  readJson<BuildingCollection>(api.buildings.$get({ query: { format: 'geojson', limit: '5000' } }))
export const loadBuilding = (id: number) =>
  readJson<BuildingDetail>(api.buildings[':id'].$get({ param: { id: String(id) } }))
