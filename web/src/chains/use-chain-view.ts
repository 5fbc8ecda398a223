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
import { useApiQuery } from '../api/query'

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
export function useChainView(open: boolean): ChainView {
  const [chainId, setChainId] = useState<number | null>(null)
  const [segmentId, setSegmentId] = useState<number | null>(null)
  const { list, chain, segment } = useChainQueries(open, chainId, segmentId)
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

/** The board's reads; nothing is shown (or drawn on the map) while the board is closed, whatever the cache holds. */
function useChainQueries(open: boolean, chainId: number | null, segmentId: number | null) {
  const list = useApiQuery(['chains'], () => loadChains(), { enabled: open }).data
  const chainWanted = open && chainId !== null
  const chain = useApiQuery(['chain', chainId], () => Promise.all([loadChain(chainId!), loadChainFirms(chainId!)]), {
    enabled: chainWanted,
  }).data
  const segmentWanted = chainWanted && segmentId !== null
  const segment = useApiQuery(
    ['chain-segment', chainId, segmentId],
    () => Promise.all([loadSegmentLinks(chainId!, segmentId!), loadGapLand(chainId!, segmentId!)]),
    { enabled: segmentWanted },
  ).data
  return {
    list: open ? list : null,
    chain: chainWanted ? chain : null,
    segment: segmentWanted ? segment : null,
  }
}
