import { useEffect, useRef } from 'react'
import { loadParcelPage, type ParcelProperties } from '../api/client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { statusColors } from '../map/theme'
import type { LandFilters } from './land-filters'
import { filtersToQuery } from './land-filters'

const PAGE = 200
const columns: [string, MessageKey][] = [
  ['code', 'field.code'],
  ['area_mu', 'field.area'],
  ['start_price', 'field.price'],
  ['km_port', 'field.kmPort'],
]

interface Props {
  filters: LandFilters
  selectedId: number | null
  onSort: (sort: string) => void
  onPick: (parcel: ParcelProperties) => void
}

/** The matching parcels as a table: sorted by the server, a click selects and zooms, the map's selection is highlighted. */
export function ResultTable({ filters, selectedId, onSort, onPick }: Props) {
  const { t, name } = useI18n()
  const query = filtersToQuery(filters)
  const { data: page } = useApiQuery(['parcel-page', query], (signal) => loadParcelPage(query, PAGE, signal), {
    keepPrevious: true,
  })
  const selectedRow = useRef<HTMLTableRowElement>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the selected row is scrolled into view when the selection or the page changes
  // Braces: Chromium's scrollIntoView returns a promise, which React would take for the effect's cleanup and call.
  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'nearest' })
  }, [selectedId, page])
  if (!page) return null
  const sortBy = (key: string) => onSort(filters.sort === key ? `-${key}` : key)
  const arrow = (key: string) => (filters.sort === key ? ' ▲' : filters.sort === `-${key}` ? ' ▼' : '')
  return (
    <section className="results" data-testid="result-table">
      <div className="results-head">
        <strong data-testid="result-count">{page.total}</strong> {t('results.count')}
        {page.total > page.items.length && <span className="muted"> · {t('results.more')}</span>}
      </div>
      <div className="results-scroll">
        <table>
          <thead>
            <tr>
              {columns.map(([key, label]) => (
                <th
                  key={key}
                  onClick={() => sortBy(key)}
                  aria-sort={arrow(key) ? (arrow(key).includes('▲') ? 'ascending' : 'descending') : undefined}
                >
                  {t(label)}
                  {arrow(key)}
                </th>
              ))}
              <th>{t('field.park')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((p) => (
              <tr
                key={p.id}
                ref={p.id === selectedId ? selectedRow : undefined}
                className={p.id === selectedId ? 'selected' : ''}
                onClick={() => onPick(p)}
                data-code={p.code}
              >
                <td>
                  <span className="status-dot" style={{ background: statusColors[p.status] }} />
                  {p.code}
                </td>
                <td>{p.area_mu.toFixed(1)}</td>
                <td>{p.start_price ?? '—'}</td>
                <td>{p.km_port === null ? '—' : p.km_port.toFixed(1)}</td>
                <td>{name({ name: p.park_name, name_en: p.park_name_en })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
