import type { InferRequestType, InferResponseType } from 'hono/client'
import type { leadsRoutes } from '../../../server/leads/leads.routes'
import { clientFor, readJson } from './client'

const api = clientFor<typeof leadsRoutes>()

export type LeadSubmission = InferRequestType<typeof api.leads.$post>['json']
export type LeadSite = NonNullable<LeadSubmission['sites']>[number]
export type LeadList = InferResponseType<typeof api.leads.$get, 200>
export type Lead = LeadList['leads'][number]
export type LeadPatch = InferRequestType<(typeof api.leads)[':id']['$patch']>['json']

/** Opens the interest form: the token that dates the opening (a bot that answers at once is refused). */
export const openLeadForm = () => readJson<InferResponseType<typeof api.leads.form.$get, 200>>(api.leads.form.$get())
export const submitLead = (lead: LeadSubmission) =>
  readJson<InferResponseType<typeof api.leads.$post, 201>>(api.leads.$post({ json: lead }))
export const loadLeads = () => readJson<LeadList>(api.leads.$get({ query: {} }))
export const patchLead = (lead: Lead, patch: LeadPatch) =>
  readJson<Lead>(
    api.leads[':id'].$patch(
      { param: { id: String(lead.id) }, json: patch },
      { headers: { 'if-match': `"${lead.version}"` } },
    ),
  )
