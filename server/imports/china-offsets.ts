/**
 * Points captured on 高德/腾讯 (GCJ-02) or 百度 (BD-09) maps, and 奥维 exports in either, are shifted by law by a few
 * hundred metres; they are converted to WGS84 (≈ CGCS2000 to centimetres) before they meet cadastral data.
 * The conversion is gcoord's (maintained, used widely); this file only names the systems the importer offers.
 */
import gcoord from 'gcoord'

export const shiftedSystems = ['gcj02', 'bd09'] as const
export type ShiftedSystem = (typeof shiftedSystems)[number]

const systems = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const

/** [lon, lat] in GCJ-02 or BD-09 → WGS84. Outside China the shift is not applied, as the apps do. */
export function unshift(point: readonly [number, number], from: ShiftedSystem): [number, number] {
  const [lon, lat] = gcoord.transform([point[0], point[1]], systems[from], gcoord.WGS84) as [number, number]
  return [lon, lat]
}
