import { useCallback, useEffect, useState } from 'react'
import {
  type ChainDetail,
  type ChainList,
  type FirmCollection,
  type GapLand,
  type LinkCollection,
  loadChain,
  loadChainFirms,
  loadChains,
  loadGapLand,
  loadSegmentLinks,
} from '../api/chains-client'
import { useApiData } from '../api/use-api-data'

const NO_FIRMS: FirmCollection = { type: 'FeatureCollection', features: [] }
const NO_LINKS: LinkCollection = { type: 'FeatureCollection', features: [] }

export interface ChainView {
  chains: ChainList['chains']
  chain: ChainDetail | null
  firms: FirmCollection
  links: LinkCollection
  segmentId: number | null
  gapLand: GapLand | null
  selectChain: (id: number) => void
  selectSegment: (id: number | null) => void
}

/** What the chain board and the map share: the chosen chain, its firms, and the chosen segment's links and land. */
export function useChainView(open: boolean, revision: string): ChainView {
  const [chainId, setChainId] = useState<number | null>(null)
  const [segmentId, setSegmentId] = useState<number | null>(null)
  const list = useApiData(() => (open ? loadChains() : Promise.resolve(null)), `chains/${open}/${revision}`).data
  const chainKey = open && chainId !== null ? `${chainId}/${revision}` : 'none'
  const chain = useApiData(
    () => (chainKey === 'none' ? Promise.resolve(null) : Promise.all([loadChain(chainId!), loadChainFirms(chainId!)])),
    chainKey,
  ).data
  const segmentKey = chainKey !== 'none' && segmentId !== null ? `${chainId}/${segmentId}` : 'none'
  const segment = useApiData(
    () =>
      segmentKey === 'none'
        ? Promise.resolve(null)
        : Promise.all([loadSegmentLinks(chainId!, segmentId!), loadGapLand(chainId!, segmentId!)]),
    segmentKey,
  ).data
  // The first chain is chosen as soon as the list arrives.
  useEffect(() => {
    if (chainId === null && list?.chains[0]) setChainId(list.chains[0].id)
  }, [list, chainId])
  const selectChain = useCallback((id: number) => {
    setChainId(id)
    setSegmentId(null)
  }, [])
  return {
    chains: list?.chains ?? [],
    chain: chain?.[0] ?? null,
    firms: chain?.[1] ?? NO_FIRMS,
    links: segment?.[0] ?? NO_LINKS,
    segmentId: open ? segmentId : null,
    gapLand: segment?.[1] ?? null,
    selectChain,
    selectSegment: setSegmentId,
  }
}
