/** What a printable sheet shows: a parcel, a contiguous block, a building (载体), a site 智寻址 assembled, or 2–3 sites side by side. */
export type SheetTarget =
  | { kind: 'parcel'; id: number }
  | { kind: 'block'; id: string }
  | { kind: 'building'; id: number }
  | { kind: 'site'; parcelIds: number[] }
  | { kind: 'compare'; sites: number[][] }

const ids = (text: string) => text.split(',').map(Number)
const ID_LIST = /^\d{1,9}(,\d{1,9}){0,49}$/

/**
 * `/sheet/parcel/12`, `/sheet/block/B-XSLG-A1-01`, `/site/12,13,14` (an assembled site's parcels) or
 * `/compare/12,13;20;31,32` (2–3 sites): what to print, or nothing for any other path.
 */
export function sheetTargetOf(path: string): SheetTarget | null {
  const parcel = /^\/sheet\/parcel\/(\d{1,9})$/.exec(path)
  if (parcel) return { kind: 'parcel', id: Number(parcel[1]) }
  const building = /^\/sheet\/building\/(\d{1,9})$/.exec(path)
  if (building) return { kind: 'building', id: Number(building[1]) }
  const block = /^\/sheet\/block\/([\w%.-]{1,120})$/.exec(path)
  if (block) return { kind: 'block', id: decodeURIComponent(block[1]!) }
  const site = /^\/site\/([\d,]+)$/.exec(path)
  if (site && ID_LIST.test(site[1]!)) return { kind: 'site', parcelIds: ids(site[1]!) }
  const compared = /^\/compare\/([\d,;]+)$/.exec(decodeURIComponent(path))?.[1]?.split(';')
  if (compared && compared.length >= 2 && compared.length <= 3 && compared.every((s) => ID_LIST.test(s)))
    return { kind: 'compare', sites: compared.map(ids) }
  return null
}

/** The sheet of an assembled site, and of sites side by side: where the 智寻址 cards link. */
export const siteSheetPath = (parcelIds: readonly number[]) => `/site/${parcelIds.join(',')}`
export const compareSheetPath = (sites: readonly (readonly number[])[]) =>
  `/compare/${sites.map((s) => s.join(',')).join(';')}`
