import { useEffect, useState } from 'react'
import { type BlockCollection, loadBlocks } from '../api/client'

const EMPTY: BlockCollection = { type: 'FeatureCollection', features: [] }

/** Blocks of 100 mu and more (the 200-mu ones among them), loaded only once a block layer is switched on. */
export function useBlocks(wanted: boolean, revision: string): BlockCollection {
  const [blocks, setBlocks] = useState<BlockCollection>(EMPTY)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` asks for a reload after an edit (a query cache replaces it, issue 16)
  useEffect(() => {
    if (!wanted) return
    let current = true
    loadBlocks(100).then(
      (data) => current && setBlocks(data),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [wanted, revision])
  return blocks
}
