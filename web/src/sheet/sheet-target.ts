export type SheetTarget = { kind: 'parcel'; id: number } | { kind: 'block'; id: string }

/** `/sheet/parcel/12` or `/sheet/block/B-XSLG-A1-01`: what to print, or nothing for any other path. */
export function sheetTargetOf(path: string): SheetTarget | null {
  const parcel = /^\/sheet\/parcel\/(\d{1,9})$/.exec(path)
  if (parcel) return { kind: 'parcel', id: Number(parcel[1]) }
  const block = /^\/sheet\/block\/([\w%.-]{1,120})$/.exec(path)
  return block ? { kind: 'block', id: decodeURIComponent(block[1]!) } : null
}
