import type { BlockProperties, ParcelProperties } from '../api/client'
import type { I18n } from '../i18n/i18n'
import { landUseText, priceText } from '../i18n/land-terms'
import type { MessageKey } from '../i18n/messages'
import { blockRows } from '../land/block-rows'
import { planningRows, readinessText, standardLandRows } from '../land/parcel-terms'
import { blockPlaces } from '../land/picked-block'
import { statusColors } from '../map/theme'

/** The side panel's content for land: a parcel and a contiguous block. */

type Translate = I18n['t']
type Row = [MessageKey, string | number | null | undefined]

export const muText = (t: Translate) => (value: number) =>
  `${value.toLocaleString(undefined, { maximumFractionDigits: 2 })} ${t('mu')}`

/** A parcel's panel: what it is, its terms, readiness and distances; its status as a badge. */
export function parcelContent(p: ParcelProperties, { t, name, lang }: I18n, boundaries: string | null) {
  const mu = muText(t)
  const yesNo = (value: boolean) => t(value ? 'yes' : 'no')
  const km = (value: number | null) => (value === null ? null : `${value.toFixed(1)} ${t('km')}`)
  const rows: Row[] = [
    ['field.area', mu(p.area_mu)],
    ['field.landUse', landUseText(p.land_use, p.land_use_name, lang)],
    ['field.park', name({ name: p.park_name, name_en: p.park_name_en })],
    ['field.region', name({ name: p.region_name, name_en: p.region_name_en })],
    ['field.location', boundaries],
    ['field.price', p.start_price === null ? null : priceText(p.start_price, lang)],
    ['field.tenure', p.tenure_years === null ? null : `${p.tenure_years} ${t('years')}`],
    ['field.far', p.far_max],
    ...planningRows(p, t),
    ['field.netLand', yesNo(p.is_net_land)],
    ['terms.readiness', readinessText(p, t)],
    ['field.standardLand', yesNo(p.is_standard_land)],
    ...standardLandRows(p, t, lang),
    ['field.availableFrom', p.available_from],
    ['field.kmPort', km(p.km_port)],
    ['field.kmRail', km(p.km_rail_station)],
    ['field.kmInterchange', km(p.km_interchange)],
    ['field.kmAirport', km(p.km_airport)],
  ]
  const badge = (
    <div>
      <span className="status-badge" style={{ background: statusColors[p.status] }}>
        {t(`status.${p.status}`)}
      </span>
      {p.published === false && <span className="status-badge unpublished">{t('unpublished')}</span>}
    </div>
  )
  return { title: p.code, subtitle: '', rows, badge }
}

export function blockContent(b: BlockProperties, t: Translate, lang: 'zh' | 'en') {
  const rows: Row[] = [...blockRows(b, t, lang), ['field.region', blockPlaces(b, lang).join(' · ')]]
  const badge = (
    <div className="panel-links">
      {b.sell_whole && <div className="form-warning">{t('sheet.sellWholeYes')}</div>}
      <a href={`/sheet/block/${encodeURIComponent(b.block_id)}`} target="_blank" rel="noopener">
        {t('sheet.open')} ↗
      </a>
    </div>
  )
  return { title: b.block_id, subtitle: '', rows, badge }
}
