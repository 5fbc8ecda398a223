import { type BoardTab, boardTabs } from '../pipeline/board-tabs'

/**
 * What the map's URL says beyond the view (which the hash keeps): the open board and the selected record, so a link
 * sent on opens the same board and the same parcel, project or firm. Pure: read from and written to search params.
 */

/** The boards that take the bottom of the screen: one at a time. */
export type Board = 'pipeline' | 'chains' | 'sites' | 'imports'
const otherBoards: readonly Board[] = ['chains', 'sites', 'imports']

export interface OpenBoard {
  board: Board | null
  /** The pipeline board's first tab. */
  tab: BoardTab
}

/** Records a link can name: each has its own id and its own route to load it by. */
export const linkableKinds = ['parcel', 'project', 'enterprise', 'building'] as const
export type LinkableKind = (typeof linkableKinds)[number]
/** A record by its number, or a contiguous block by its id (B- and its first parcel's code). */
export type LinkedRecord = { kind: LinkableKind; id: number } | { kind: 'block'; id: string }

const BLOCK = 'block'
/** A block id as blocks are named: `B-` and a parcel code. */
const BLOCK_ID = /^B-[^\s/?#&]{1,64}$/u

/** The parameter each kind is named by: `firm` reads better than `enterprise` in a link. */
const parameterOf: Record<LinkableKind, string> = {
  parcel: 'parcel',
  project: 'project',
  enterprise: 'firm',
  building: 'building',
}
const BOARD = 'board'

/** `?board=supply` opens the pipeline board on that tab, `?board=chains` (sites, imports) that board. */
export function boardOf(params: URLSearchParams): OpenBoard {
  const wanted = params.get(BOARD)
  const tab = boardTabs.find((t) => t === wanted)
  if (tab) return { board: 'pipeline', tab }
  if (wanted === 'pipeline') return { board: 'pipeline', tab: 'lists' }
  return { board: otherBoards.find((b) => b === wanted) ?? null, tab: 'lists' }
}

/** The params with this board open (the pipeline on its first tab), or none. Other params stay. */
export function withBoard(params: URLSearchParams, board: Board | null): URLSearchParams {
  const next = new URLSearchParams(params)
  if (board) next.set(BOARD, board)
  else next.delete(BOARD)
  return next
}

/** The record the link names; an id that is not a plain positive integer names nothing. */
export function linkedRecordOf(params: URLSearchParams): LinkedRecord | null {
  for (const kind of linkableKinds) {
    const text = params.get(parameterOf[kind])
    if (text && /^[1-9]\d{0,9}$/.test(text) && Number(text) <= 2_147_483_647) return { kind, id: Number(text) }
  }
  const block = params.get(BLOCK)
  return block && BLOCK_ID.test(block) ? { kind: 'block', id: block } : null
}

/** The params naming this record (and no other), or none. Other params stay. */
export function withLinkedRecord(params: URLSearchParams, record: LinkedRecord | null): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const kind of linkableKinds) next.delete(parameterOf[kind])
  next.delete(BLOCK)
  if (record) next.set(record.kind === 'block' ? BLOCK : parameterOf[record.kind], String(record.id))
  return next
}

export const sameRecord = (a: LinkedRecord | null, b: LinkedRecord | null) =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id)
