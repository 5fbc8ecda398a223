import { type BlockCollection, loadBlocks } from '../api/client'
import { useApiQuery } from '../api/query'

const EMPTY: BlockCollection = { type: 'FeatureCollection', features: [] }

/** Blocks of 100 mu and more (the 200-mu ones among them), loaded only once a block layer is switched on. */
export function useBlocks(wanted: boolean): BlockCollection {
  const { data } = useApiQuery(['blocks', 100], () => loadBlocks(100), { enabled: wanted, keepPrevious: true })
  return data ?? EMPTY
}
