import { useCallback, useMemo } from 'react'
import type { BoardTab } from './pipeline/board-tabs'
import { type Board, boardOf, withBoard } from './routing/app-url'
import { useUrlParams } from './routing/use-url-params'

export type { Board }

/**
 * Which board is open, as the URL says (`?board=chains`): opening one closes the other, pressing its button again
 * closes it, and the browser's back button goes back to the board before. A link sent on opens the same board.
 */
export function useOpenBoard() {
  const [params, setParams] = useUrlParams()
  const open = useMemo(() => boardOf(params), [params])
  const toggle = useCallback(
    (board: Board) => setParams((current) => withBoard(current, boardOf(current).board === board ? null : board)),
    [setParams],
  )
  const close = useCallback(() => setParams((current) => withBoard(current, null)), [setParams])
  /** The pipeline board on this tab (`?board=leads`). */
  const openTab = useCallback(
    (tab: BoardTab) =>
      setParams((current) => {
        const next = new URLSearchParams(current)
        next.set('board', tab)
        return next
      }),
    [setParams],
  )
  return { board: open.board, tab: open.tab, toggle, close, openTab }
}
