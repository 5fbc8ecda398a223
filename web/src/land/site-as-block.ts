import { blockTerms } from '../../../server/land/block-graph'
import type { BlockProperties, ParcelProperties } from '../api/client'

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))]

/**
 * Pure: a site 智寻址 assembled from parcels, described as a block is (its total, members, land uses, price range,
 * nearest distances), so its sheet reads like a block's. Its outline is not dissolved here: no width or length.
 */
export function siteAsBlock(parcels: readonly ParcelProperties[]): BlockProperties {
  const sorted = [...parcels].sort((a, b) => a.code.localeCompare(b.code))
  const regions = distinct(sorted.map((p) => p.region_name))
  const parks = distinct(sorted.map((p) => p.park_name))
  const englishOf = (zh: string, pick: (p: ParcelProperties) => [string | null, string | null]) =>
    sorted.map(pick).find(([name]) => name === zh)?.[1] || zh
  const totalMu = sorted.reduce((sum, p) => sum + p.area_mu, 0)
  // The block's own rule for its terms (land uses, price range, nearest distances), on these parcels.
  const terms = blockTerms(
    sorted.map((p) => ({
      id: p.id,
      code: p.code,
      areaMu: p.area_mu,
      regionName: p.region_name,
      parkName: p.park_name,
      isNetLand: p.is_net_land,
      landUse: p.land_use,
      startPrice: p.start_price,
      kmPort: p.km_port,
      kmRailStation: p.km_rail_station,
      kmInterchange: p.km_interchange,
      kmAirport: p.km_airport,
    })),
  )
  return {
    block_id: sorted.map((p) => p.code).join(' + '),
    total_mu: Math.round(totalMu * 100) / 100,
    parcel_count: sorted.length,
    parcel_ids: sorted.map((p) => p.id),
    parcel_codes: sorted.map((p) => p.code),
    regions,
    parks,
    regions_en: regions.map((r) => englishOf(r, (p) => [p.region_name, p.region_name_en])),
    parks_en: parks.map((k) => englishOf(k, (p) => [p.park_name, p.park_name_en])),
    width_m: null,
    length_m: null,
    compactness: null,
    net_land_throughout: sorted.every((p) => p.is_net_land),
    sell_whole: false,
    land_uses: terms.landUses,
    price_min: terms.priceMin,
    price_max: terms.priceMax,
    km_port: terms.kmPort,
    km_rail_station: terms.kmRailStation,
    km_interchange: terms.kmInterchange,
    km_airport: terms.kmAirport,
  }
}
