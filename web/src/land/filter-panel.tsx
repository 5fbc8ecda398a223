import { useState } from 'react'
import { exportUrl } from '../api/client'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { parcelStatuses } from '../map/theme'
import { blockQuery, defaultFilters, filtersToQuery, hasFilters, type LandFilters } from './land-filters'

type NumberKey = 'min_mu' | 'max_mu' | 'max_price' | 'max_km_port' | 'max_km_interchange'
const numberFields: [NumberKey, MessageKey][] = [
  ['min_mu', 'filter.minMu'],
  ['max_mu', 'filter.maxMu'],
  ['max_price', 'filter.maxPrice'],
  ['max_km_port', 'filter.maxKmPort'],
  ['max_km_interchange', 'filter.maxKmInterchange'],
]

/** 找地: the land-list filters, applied to the map and the result table alike. */
/** Land-use classes by code prefix (GB/T 21010 and the 2020 classification the bureaus use). */
const landUses: [string, MessageKey][] = [
  ['1001', 'landUse.industrial'],
  ['1101', 'landUse.storage'],
  ['09', 'landUse.commercial'],
]

interface FilterPanelProps {
  filters: LandFilters
  onChange: (filters: LandFilters) => void
  regions: { id: number; name: string; name_en: string }[]
  parks: { id: number; name: string; name_en: string }[]
}

export function FilterPanel({ filters, onChange, regions, parks }: FilterPanelProps) {
  const { t } = useI18n()
  // Open on a desk; folded on a phone, where the map matters more (a dot says filters are on).
  const [open, setOpen] = useState(() => window.innerWidth > 900)
  return (
    <section className="filters" aria-label={t('filter.title')} data-testid="filter-panel">
      <button type="button" className="legend-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
        {t('filter.title')} {hasFilters(filters) ? '●' : ''} {open ? '▾' : '▸'}
      </button>
      {open && (
        <div className="filters-body">
          <input
            type="search"
            placeholder={t('filter.search')}
            value={filters.q ?? ''}
            maxLength={50}
            onChange={(e) => onChange({ ...filters, q: e.target.value || undefined })}
            data-testid="filter-q"
          />
          <FilterChoices filters={filters} onChange={onChange} regions={regions} parks={parks} />
          <label className="inline">
            <input
              type="checkbox"
              checked={filters.net_land === true}
              onChange={(e) => onChange({ ...filters, net_land: e.target.checked || undefined })}
            />
            {t('field.netLand')}
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={filters.standard_land === true}
              onChange={(e) => onChange({ ...filters, standard_land: e.target.checked || undefined })}
            />
            {t('field.standardLand')}
          </label>
          <div className="form-buttons">
            <button type="button" onClick={() => onChange(defaultFilters)} disabled={!hasFilters(filters)}>
              {t('filter.clear')}
            </button>
          </div>
          <div className="downloads">
            {t('filter.download')}:{' '}
            <a href={exportUrl('land', 'xlsx', filtersToQuery(filters))} download data-testid="download-land">
              {t('filter.landList')}
            </a>{' '}
            ·{' '}
            <a href={exportUrl('blocks100', 'xlsx', blockQuery(filters))} download>
              {t('filter.list100')}
            </a>{' '}
            ·{' '}
            <a href={exportUrl('blocks200', 'xlsx', blockQuery(filters))} download>
              {t('filter.list200')}
            </a>
          </div>
        </div>
      )}
    </section>
  )
}

const idOrNone = (value: string) => (value ? Number(value) : undefined)

/** A select with an empty choice first, for filters that may be unset. */
function Choice({
  label,
  value,
  options,
  onPick,
  wide,
}: {
  label: string
  value: string | number | undefined
  options: [string | number, string][]
  onPick: (value: string) => void
  wide?: boolean
}) {
  return (
    <label className={wide ? 'wide' : undefined}>
      {label}
      <select value={value ?? ''} onChange={(e) => onPick(e.target.value)}>
        <option value="">—</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
}

/** Statuses as chips; district, land use and park; the number limits (area, price, distances). */
function FilterChoices({ filters, onChange, regions, parks }: FilterPanelProps) {
  const { t, name } = useI18n()
  const toggleStatus = (status: string) =>
    onChange({
      ...filters,
      status: filters.status.includes(status)
        ? filters.status.filter((s) => s !== status)
        : [...filters.status, status],
    })
  const setNumber = (key: NumberKey, text: string) =>
    onChange({ ...filters, [key]: text === '' ? undefined : Math.max(0, Number(text)) })
  return (
    <>
      <div className="filter-statuses">
        {parcelStatuses.map((status) => (
          <label key={status} className="chip-check">
            <input
              type="checkbox"
              checked={filters.status.includes(status)}
              onChange={() => toggleStatus(status)}
              data-testid={`filter-status-${status}`}
            />
            {t(`status.${status}`)}
          </label>
        ))}
      </div>
      <div className="filter-numbers">
        <Choice
          label={t('field.region')}
          value={filters.region}
          options={regions.map((r) => [r.id, name(r)])}
          onPick={(region) => onChange({ ...filters, region: idOrNone(region) })}
        />
        <Choice
          label={t('field.landUse')}
          value={filters.land_use}
          options={landUses.map(([code, label]) => [code, t(label)])}
          onPick={(land_use) => onChange({ ...filters, land_use: land_use || undefined })}
        />
        <Choice
          wide
          label={t('field.park')}
          value={filters.park}
          options={parks.map((p) => [p.id, name(p)])}
          onPick={(park) => onChange({ ...filters, park: idOrNone(park) })}
        />
        {numberFields.map(([key, label]) => (
          <label key={key}>
            {t(label)}
            <input
              type="number"
              min={0}
              value={filters[key] ?? ''}
              onChange={(e) => setNumber(key, e.target.value)}
              data-testid={`filter-${key}`}
            />
          </label>
        ))}
      </div>
    </>
  )
}
