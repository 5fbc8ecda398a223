import { hc, type InferRequestType, type InferResponseType } from 'hono/client'
import type { ApiRouters } from '../../../server/api-routers'
import type { auditRoutes } from '../../../server/audit/audit.routes'
import type { authRoutes } from '../../../server/auth/auth.routes'
import type { healthRoutes } from '../../../server/health/health.routes'
import type { EnvelopeCode } from '../../../server/http/api-error'
import type { infraRoutes } from '../../../server/infra/infra.routes'
import type { blocksRoutes } from '../../../server/land/blocks.routes'
import type { parcelsRoutes } from '../../../server/land/parcels.routes'
import type { placesRoutes } from '../../../server/land/places.routes'
import type { parksRoutes } from '../../../server/parks/parks.routes'
import type { pipelineViewsRoutes } from '../../../server/projects/pipeline-views.routes'
import type { projectsRoutes } from '../../../server/projects/projects.routes'
import type { regionsRoutes } from '../../../server/regions/regions.routes'
import type { usersRoutes } from '../../../server/users/users.routes'

let csrfToken: string | null = null

/** The session's CSRF token goes on every request; the server checks it on state-changing ones. */
export function setCsrfToken(token: string | null) {
  csrfToken = token
}

const options = {
  headers: (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {}),
}

/**
 * The one way the web app talks to the server: a client typed by the routers it calls, so each web client types only
 * its own routes (typing every call by all routes merged cost each type-check seconds).
 */
export const clientFor = <Routers extends ApiRouters[number]>() => hc<Routers>('/api', options)

/** The map's own data, sign-in, and the records every panel edits. */
export const api = clientFor<
  | typeof healthRoutes
  | typeof authRoutes
  | typeof regionsRoutes
  | typeof parksRoutes
  | typeof parcelsRoutes
  | typeof blocksRoutes
  | typeof placesRoutes
  | typeof infraRoutes
  | typeof projectsRoutes
  | typeof pipelineViewsRoutes
  | typeof usersRoutes
  | typeof auditRoutes
>()

export type ClientConfig = InferResponseType<typeof api.config.$get, 200>
export type RegionCollection = InferResponseType<typeof api.regions.$get, 200>
export type ParkCollection = InferResponseType<typeof api.parks.$get, 200>
type ParcelAnswer = InferResponseType<typeof api.parcels.$get, 200>
export type ParcelCollection = Extract<ParcelAnswer, { type: 'FeatureCollection' }>
export type ParcelPage = Extract<ParcelAnswer, { items: unknown }>
export type InfraCollection = InferResponseType<typeof api.infrastructure.$get, 200>
export type ProjectCollection = InferResponseType<typeof api.projects.$get, 200>
export type Session = InferResponseType<typeof api.auth.session.$get, 200>
export type RegionProperties = RegionCollection['features'][number]['properties']
export type ParkProperties = ParkCollection['features'][number]['properties']
export type ParcelProperties = ParcelCollection['features'][number]['properties']
export type InfraProperties = InfraCollection['features'][number]['properties']
export type ProjectProperties = ProjectCollection['features'][number]['properties']
export type ParcelPatch = InferRequestType<(typeof api.parcels)[':id']['$patch']>['json']
export type ProjectPatch = InferRequestType<(typeof api.projects)[':id']['$patch']>['json']
export type AuditEntry = InferResponseType<typeof api.audit.$get, 200>['entries'][number]
export type UserRecord = InferResponseType<typeof api.users.$get, 200>['users'][number]
export type NewUser = InferRequestType<typeof api.users.$post>['json']
export type UserPatch = InferRequestType<(typeof api.users)[':id']['$patch']>['json']

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    /** The server's own list, or 'unreadable' for an error answer without its envelope (a proxy's page). */
    readonly code: EnvelopeCode | 'unreadable',
    message: string,
    /** The record's current version, when an edit was refused as stale (412). */
    readonly currentEtag: string | null = null,
  ) {
    super(message)
  }
}

interface RawResponse {
  ok: boolean
  status: number
  headers: Headers
  json(): Promise<unknown>
}

/** Reads a JSON body or throws with the server's `{code, message}` envelope. */
export async function readJson<T>(response: Promise<RawResponse>): Promise<T> {
  return (await readWithEtag<T>(response)).body
}

export async function readWithEtag<T>(response: Promise<RawResponse>): Promise<{ body: T; etag: string | null }> {
  const res = await response
  // A request aborted while its body is read (a newer search replaced it) rejects here: it must not pass as an
  // empty answer. An error status may come without a JSON body; a success never does.
  const body = (await res.json().catch((e: Error) => {
    if (e.name === 'AbortError' || res.ok) throw e
    return {}
  })) as T & { code?: EnvelopeCode; message?: string }
  if (!res.ok)
    throw new ApiRequestError(
      res.status,
      body.code ?? 'unreadable',
      body.message ?? `HTTP ${res.status}`,
      res.headers.get('etag'),
    )
  return { body, etag: res.headers.get('etag') }
}

export const loadClientConfig = () => readJson<ClientConfig>(api.config.$get())
export const loadRegions = () => readJson<RegionCollection>(api.regions.$get())
export const loadParks = () => readJson<ParkCollection>(api.parks.$get())
export const loadInfrastructure = () => readJson<InfraCollection>(api.infrastructure.$get())
export const loadParcels = (bbox: string, filters: Record<string, string>, signal: AbortSignal) =>
  readJson<ParcelCollection>(api.parcels.$get({ query: { ...filters, bbox } }, { init: { signal } }))
export const loadParcelPage = (filters: Record<string, string>, limit: number, signal: AbortSignal) =>
  readJson<ParcelPage>(
    api.parcels.$get({ query: { ...filters, format: 'json', limit: String(limit) } }, { init: { signal } }),
  )
export type BlockCollection = InferResponseType<typeof api.blocks.$get, 200>
export type BlockProperties = BlockCollection['features'][number]['properties']
export const loadBlocks = (minMu: number, filters: Record<string, string> = {}) =>
  readJson<BlockCollection>(api.blocks.$get({ query: { ...filters, min_mu: String(minMu) } }))
export type PlacesNamed = InferResponseType<typeof api.places.$get, 200>
/** The parks and districts a search text names (Chinese, English, pinyin), as the land list matches them. */
export const loadPlacesNamed = (q: string) => readJson<PlacesNamed>(api.places.$get({ query: { q } }))
/**
 * A link the browser downloads directly (cookies go along, so staff get their own list): what the filters select.
 */
export const exportUrl = (
  list: 'land' | 'blocks100' | 'blocks200',
  format: 'xlsx' | 'csv' | 'geojson',
  filters: Record<string, string> = {},
) => `/api/land/export?${new URLSearchParams({ ...filters, list, format })}`
export type ParcelFeature = InferResponseType<(typeof api.parcels)[':id']['$get'], 200>
/** One parcel by id, as the public or staff may see it (404 for one the reader may not). */
export const loadParcel = (parcelId: number) =>
  readJson<ParcelFeature>(api.parcels[':id'].$get({ param: { id: String(parcelId) } }))
export const loadProjects = () => readJson<ProjectCollection>(api.projects.$get({ query: {} }))
export const loadHistory = (entity: 'parcels' | 'projects' | 'users' | 'chains' | 'enterprises', id: number) =>
  readJson<{ entries: AuditEntry[] }>(api.audit.$get({ query: { entity, id: String(id) } }))
