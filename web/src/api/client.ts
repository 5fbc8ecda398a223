import { hc, type InferResponseType } from 'hono/client'
import type { AppType } from '../../../server/app'

/** The one way the web app talks to the server: typed from the server's own routes. */
export const api = hc<AppType>('/api')

export type ClientConfig = InferResponseType<typeof api.config.$get, 200>
export type RegionCollection = InferResponseType<typeof api.regions.$get, 200>
export type ParkCollection = InferResponseType<typeof api.parks.$get, 200>
export type ParcelCollection = InferResponseType<typeof api.parcels.$get, 200>
export type InfraCollection = InferResponseType<typeof api.infrastructure.$get, 200>
export type ParkProperties = ParkCollection['features'][number]['properties']
export type ParcelProperties = ParcelCollection['features'][number]['properties']
export type InfraProperties = InfraCollection['features'][number]['properties']

export class ApiRequestError extends Error {}

/** Reads a JSON body or throws with the server's `{code, message}` envelope text. */
export async function readJson<T>(response: Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>): Promise<T> {
  const res = await response
  const body = (await res.json()) as T & { message?: string }
  if (!res.ok) throw new ApiRequestError(body.message ?? `HTTP ${res.status}`)
  return body
}

export const loadClientConfig = () => readJson<ClientConfig>(api.config.$get())
export const loadRegions = () => readJson<RegionCollection>(api.regions.$get())
export const loadParks = () => readJson<ParkCollection>(api.parks.$get())
export const loadInfrastructure = () => readJson<InfraCollection>(api.infrastructure.$get())
export const loadParcels = (bbox: string, signal: AbortSignal) =>
  readJson<ParcelCollection>(api.parcels.$get({ query: { bbox } }, { init: { signal } }))
