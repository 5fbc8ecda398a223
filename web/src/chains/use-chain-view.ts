import { useCallback, useEffect, useState } from 'react'
import {
  type ChainDetail, type ChainList, type FirmCollection, type GapLand, type LinkCollection, loadChain, loadChainFirms, loadChains, loadGapLand, loadSegmentLinks,
} from '../api/chains-client'

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
  const [chains, setChains] = useState<ChainList['chains']>([])
  const [chainId, setChainId] = useState<number | null>(null)
  const [chain, setChain] = useState<ChainDetail | null>(null)
  const [firms, setFirms] = useState<FirmCollection>(NO_FIRMS)
  const [segmentId, setSegmentId] = useState<number | null>(null)
  const [links, setLinks] = useState<LinkCollection>(NO_LINKS)
  const [gapLand, setGapLand] = useState<GapLand | null>(null)
  useEffect(() => {
    if (!open) return
    loadChains().then((list) => {
      setChains(list.chains)
      setChainId((current) => current ?? list.chains[0]?.id ?? null)
    }, () => setChains([]))
  }, [open, revision])
  useEffect(() => {
    if (!open || chainId === null) return setFirms(NO_FIRMS)
    let current = true
    Promise.all([loadChain(chainId), loadChainFirms(chainId)]).then(([detail, collection]) => {
      if (!current) return
      setChain(detail)
      setFirms(collection)
    }, () => undefined)
    return () => {
      current = false
    }
  }, [open, chainId, revision])
  useEffect(() => {
    if (!open || chainId === null || segmentId === null) return (setLinks(NO_LINKS), setGapLand(null))
    let current = true
    Promise.all([loadSegmentLinks(chainId, segmentId), loadGapLand(chainId, segmentId)]).then(([lines, land]) => {
      if (!current) return
      setLinks(lines)
      setGapLand(land)
    }, () => undefined)
    return () => {
      current = false
    }
  }, [open, chainId, segmentId])
  const selectChain = useCallback((id: number) => (setChainId(id), setSegmentId(null)), [])
  return { chains, chain: open ? chain : null, firms: open ? firms : NO_FIRMS, links: open ? links : NO_LINKS, segmentId: open ? segmentId : null, gapLand, selectChain, selectSegment: setSegmentId }
}
