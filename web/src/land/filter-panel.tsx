import { useState } from 'react'
import { exportUrl } from '../api/client'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { parcelStatuses } from '../map/theme'
import { defaultFilters, hasFilters, type LandFilters } from './land-filters'

type NumberKey = 'min_mu' | 'max_mu' | 'max_price' | 'max_km_port' | 'max_km_interchange'
const numberFields: [NumberKey, MessageKey][] = [
  ['min_mu', 'filter.minMu'], ['max_mu', 'filter.maxMu'], ['max_price', 'filter.maxPrice'], ['max_km_port', 'filter.maxKmPort'], ['max_km_interchange', 'filter.maxKmInterchange'],
]

/** 找地: the land-list filters, applied to the map and the result table alike. */
export function FilterPanel({ filters, onChange }: { filters: LandFilters; onChange: (filters: LandFilters) => void }) {
  const { t } = useI18n()
  // Open on a desk; folded on a phone, where the map matters more (a dot says filters are on).
  const [open, setOpen] = useState(() => window.innerWidth > 900)
  const toggleStatus = (status: string) =>
    onChange({ ...filters, status: filters.status.includes(status) ? filters.status.filter((s) => s !== status) : [...filters.status, status] })
  const setNumber = (key: NumberKey, text: string) => onChange({ ...filters, [key]: text === '' ? undefined : Math.max(0, Number(text)) })
  return (
    <section className="filters" aria-label={t('filter.title')} data-testid="filter-panel">
      <button type="button" className="legend-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
        {t('filter.title')} {hasFilters(filters) ? '●' : ''} {open ? '▾' : '▸'}
      </button>
      {open && (
        <div className="filters-body">
          <input type="search" placeholder={t('filter.search')} value={filters.q ?? ''} maxLength={50} onChange={(e) => onChange({ ...filters, q: e.target.value || undefined })} data-testid="filter-q" />
          <div className="filter-statuses">
            {parcelStatuses.map((status) => (
              <label key={status} className="chip-check">
                <input type="checkbox" checked={filters.status.includes(status)} onChange={() => toggleStatus(status)} data-testid={`filter-status-${status}`} />
                {t(`status.${status}`)}
              </label>
            ))}
          </div>
          <div className="filter-numbers">
            {numberFields.map(([key, label]) => (
              <label key={key}>
                {t(label)}
                <input type="number" min={0} value={filters[key] ?? ''} onChange={(e) => setNumber(key, e.target.value)} data-testid={`filter-${key}`} />
              </label>
            ))}
          </div>
          <label className="inline"><input type="checkbox" checked={filters.net_land === true} onChange={(e) => onChange({ ...filters, net_land: e.target.checked || undefined })} />{t('field.netLand')}</label>
          <label className="inline"><input type="checkbox" checked={filters.standard_land === true} onChange={(e) => onChange({ ...filters, standard_land: e.target.checked || undefined })} />{t('field.standardLand')}</label>
          <div className="form-buttons">
            <button type="button" onClick={() => onChange(defaultFilters)} disabled={!hasFilters(filters)}>{t('filter.clear')}</button>
          </div>
          <div className="downloads">
            {t('filter.download')}: <a href={exportUrl('land', 'xlsx')} download>{t('filter.landList')}</a> · <a href={exportUrl('blocks100', 'xlsx')} download>{t('filter.list100')}</a> ·{' '}
            <a href={exportUrl('blocks200', 'xlsx')} download>{t('filter.list200')}</a>
          </div>
        </div>
      )}
    </section>
  )
}
