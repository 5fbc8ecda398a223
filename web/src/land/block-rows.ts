import type { BlockProperties } from '../api/client'
import type { Translate } from '../i18n/i18n'
import { landUseText, priceText } from '../i18n/land-terms'
import type { Lang, MessageKey } from '../i18n/messages'

export type Row = [MessageKey, string | number | null | undefined]

const km = (value: number | null, t: Translate) => (value === null ? null : `${value.toFixed(1)} ${t('km')}`)

function priceRange(b: BlockProperties, lang: Lang) {
  if (b.price_min === null || b.price_max === null) return null
  if (b.price_min === b.price_max) return priceText(b.price_min, lang)
  return `${priceText(b.price_min, lang)} – ${priceText(b.price_max, lang)}`
}

/** What a block says of itself on its panel and its sheet: size, members, price, land use, readiness, distances. */
export function blockRows(b: BlockProperties, t: Translate, lang: Lang): Row[] {
  return [
    ['field.area', `${b.total_mu.toFixed(2)} ${t('mu')}`],
    ['sheet.parcels', b.parcel_codes.join(lang === 'en' ? ', ' : '、')],
    [
      'sheet.size',
      b.width_m !== null && b.length_m !== null ? `${Math.round(b.width_m)} × ${Math.round(b.length_m)} m` : null,
    ],
    ['field.landUse', b.land_uses.map((code) => landUseText(code, null, lang)).join(lang === 'en' ? '; ' : '；')],
    ['field.price', priceRange(b, lang)],
    ['field.netLand', t(b.net_land_throughout ? 'yes' : 'no')],
    ['field.kmPort', km(b.km_port, t)],
    ['field.kmRail', km(b.km_rail_station, t)],
    ['field.kmInterchange', km(b.km_interchange, t)],
    ['field.kmAirport', km(b.km_airport, t)],
  ]
}
