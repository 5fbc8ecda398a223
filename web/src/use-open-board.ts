import { useCallback, useState } from 'react'
import { type BoardTab, boardTabs } from './pipeline/board-tabs'

/** The boards that take the bottom of the screen: one at a time. */
export type Board = 'pipeline' | 'chains' | 'sites' | 'imports'
const otherBoards: readonly Board[] = ['chains', 'sites', 'imports']

interface OpenBoard {
  board: Board | null
  /** The pipeline board's first tab. */
  tab: BoardTab
}

/** `?board=supply` opens the pipeline board on that tab, `?board=chains` (sites, imports) that board: shareable links. */
function boardOfUrl(): OpenBoard {
  const wanted = new URLSearchParams(window.location.search).get('board')
  const tab = boardTabs.find((t) => t === wanted)
  if (tab) return { board: 'pipeline', tab }
  return { board: otherBoards.find((b) => b === wanted) ?? null, tab: 'lists' }
}

/** Which board is open; opening one closes the other, pressing its button again closes it. */
export function useOpenBoard() {
  const [open, setOpen] = useState(boardOfUrl)
  const toggle = useCallback((board: Board) => {
    setOpen((current) => ({ board: current.board === board ? null : board, tab: 'lists' }))
  }, [])
  const close = useCallback(() => setOpen((current) => ({ ...current, board: null })), [])
  return { board: open.board, tab: open.tab, toggle, close }
}
