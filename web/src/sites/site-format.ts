import type { SiteCriterionScore, SiteRejection } from '../api/recommend-client'
import type { Translate } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { formatNumber } from '../pipeline/light-dot'

type T = Translate

/** A criterion's raw value in words and units: what the score was made from. */
export function criterionValue(c: SiteCriterionScore, t: T): string {
  const v = c.value
  switch (c.criterion) {
    case 'area_fit':
      return `${formatNumber(v as number, 2)} ${t('mu')}`
    case 'shape':
      return c.detail?.width_m
        ? `${formatNumber(c.detail.width_m, 0)}×${formatNumber(c.detail.length_m ?? null, 0)} m`
        : '—'
    case 'price':
      return v === null ? '—' : `${formatNumber(v as number, 1)} ${t('priceUnit')}`
    case 'readiness':
      return v === null ? '—' : v === 0 ? t('status.available') : `${v} d`
    case 'chain': {
      const km = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${formatNumber(x, 1)} km`)
      return `${km(c.detail?.same_km)} · ↑${km(c.detail?.upstream_km)} · ↓${km(c.detail?.downstream_km)}`
    }
    case 'preference':
      return v === 'park' ? t('sites.parks') : v === 'region' ? t('sites.regions') : '—'
    case 'park_fit':
      return v === null ? '—' : String(v)
    default:
      return v === null ? '—' : `${formatNumber(v as number, 1)} km`
  }
}

/** Which field of the wizard a rejection points at: the counts speak the wizard's words. */
const shortLabel: Record<string, MessageKey> = {
  land_use: 'sites.landUse',
  land_class: 'sites.pollution',
  price: 'crit.price',
  too_far: 'sites.maxKm',
  not_net_land: 'sites.netLand',
  not_standard_land: 'sites.standardLand',
  zone_buffer: 'legend.zones',
  too_large: 'sites.maxMu',
  too_small: 'sites.minMu',
  sell_whole: 'sites.wholeBlock',
  block_member: 'sites.wholeBlock',
  intensity: 'sites.investment',
  footprint: 'sites.footprint',
  not_on_offer: 'status.available',
}
export const rejectionLabel = (code: string, t: T) => t(shortLabel[code] ?? 'sites.rejected')

const aboutWords = (r: SiteRejection, t: T) => {
  if (!r.about) return ''
  if (r.code === 'too_far') return t(`infra.${r.about}` as MessageKey)
  if (r.code === 'zone_buffer') return t(`zone.${r.about}` as MessageKey)
  return rejectionLabel(r.about, t)
}

const valueWords = (value: string | number | null, t: T) => {
  if (value === null) return '—'
  if (typeof value === 'number') return formatNumber(value, 1)
  const status = `status.${value}` as MessageKey
  return status in statusKeys ? t(status) : value
}
const statusKeys = Object.fromEntries(
  [
    'status.reserve',
    'status.available',
    'status.intended',
    'status.supplied',
    'status.building',
    'status.built',
    'status.idle',
  ].map((k) => [k, true]),
)

/** "Why not": the failed constraint with the parcel's value and the limit. */
export function rejectionText(r: SiteRejection, t: T): string {
  return t(`reject.${r.code}` as MessageKey, {
    v: valueWords(r.value, t),
    l: valueWords(r.limit, t),
    a: aboutWords(r, t),
  })
}
