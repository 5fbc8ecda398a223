import type { InferRequestType, InferResponseType } from 'hono/client'
import type { incentivesRoutes } from '../../../server/incentives/incentives.routes'
import { clientFor, readJson } from './client'

const api = clientFor<typeof incentivesRoutes>()

export type IncentiveProfile = InferRequestType<typeof api.incentives.estimate.$post>['json']
export type IncentiveEstimate = InferResponseType<typeof api.incentives.estimate.$post, 200>
export const estimateIncentives = (profile: IncentiveProfile) =>
  readJson<IncentiveEstimate>(api.incentives.estimate.$post({ json: profile }))
