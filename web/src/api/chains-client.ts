import type { InferRequestType, InferResponseType } from 'hono/client'
import type { chainEditsRoutes } from '../../../server/chains/chain-edits.routes'
import type { chainsRoutes } from '../../../server/chains/chains.routes'
import type { enterprisesRoutes } from '../../../server/chains/enterprises.routes'
import { clientFor, readJson, readWithEtag } from './client'

const api = clientFor<typeof chainsRoutes | typeof chainEditsRoutes | typeof enterprisesRoutes>()

export type ChainList = InferResponseType<typeof api.chains.$get, 200>
export type ChainSummary = ChainList['chains'][number]
export type ChainDetail = InferResponseType<(typeof api.chains)[':id']['$get'], 200>
export type ChainSegment = ChainDetail['segments'][number]
export type GapLand = InferResponseType<(typeof api.chains)[':id']['segments'][':segmentId']['land']['$get'], 200>

export type FirmNeighbours = InferResponseType<(typeof api.enterprises)[':id']['$get'], 200>
/** A firm as the map and the panel show it (staff fields present only for staff). */
export type FirmProperties = FirmNeighbours['firm']['properties']
export type FirmCollection = Extract<InferResponseType<typeof api.enterprises.$get, 200>, { type: 'FeatureCollection' }>
export type LinkCollection = { type: 'FeatureCollection'; features: object[] }

const id = (n: number) => String(n)
export const loadChains = () => readJson<ChainList>(api.chains.$get())
export const loadChain = (chainId: number) =>
  readJson<ChainDetail>(api.chains[':id'].$get({ param: { id: id(chainId) } }))
export const loadChainFirms = (chainId: number) =>
  readJson<FirmCollection>(api.enterprises.$get({ query: { chain: id(chainId) } }))
export const loadSegmentLinks = (chainId: number, segmentId: number) =>
  readJson<LinkCollection>(
    api.chains[':id'].segments[':segmentId'].links.$get({ param: { id: id(chainId), segmentId: id(segmentId) } }),
  )
export const loadGapLand = (chainId: number, segmentId: number) =>
  readJson<GapLand>(
    api.chains[':id'].segments[':segmentId'].land.$get({ param: { id: id(chainId), segmentId: id(segmentId) } }),
  )
export const loadFirm = (firmId: number) =>
  readJson<FirmNeighbours>(api.enterprises[':id'].$get({ param: { id: id(firmId) } }))
export const chainExportUrl = (chainId: number) => `/api/chains/${chainId}/export`

export const loadSegmentFirms = (chainId: number, segmentId: number) =>
  readJson<Extract<InferResponseType<typeof api.enterprises.$get, 200>, { items: unknown }>>(
    api.enterprises.$get({ query: { chain: id(chainId), segment: id(segmentId), format: 'json' } }),
  )
export type FirmPatch = InferRequestType<(typeof api.enterprises)[':id']['$patch']>['json']

/** A firm as an editable record: the panel's properties and the version to send back as If-Match. */
export async function loadFirmRecord(firmId: number) {
  const { body, etag } = await readWithEtag<FirmNeighbours>(api.enterprises[':id'].$get({ param: { id: id(firmId) } }))
  return { body: { properties: body.firm.properties }, etag }
}
export async function saveFirm(firmId: number, etag: string, patch: FirmPatch) {
  const { body, etag: next } = await readWithEtag<InferResponseType<(typeof api.enterprises)[':id']['$patch'], 200>>(
    api.enterprises[':id'].$patch({ param: { id: id(firmId) }, json: patch }, { headers: { 'if-match': etag } }),
  )
  return { body: { properties: body.firm.properties }, etag: next }
}
