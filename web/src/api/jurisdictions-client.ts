import type { InferResponseType } from 'hono/client'
import type { jurisdictionsRoutes } from '../../../server/jurisdictions/jurisdictions.routes'
import { clientFor, readJson } from './client'

const api = clientFor<typeof jurisdictionsRoutes>()

export type JurisdictionTree = InferResponseType<typeof api.jurisdictions.$get, 200>
export type Jurisdiction = JurisdictionTree['jurisdictions'][number]
export const loadJurisdictions = () => readJson<JurisdictionTree>(api.jurisdictions.$get())
