import { useEffect, useRef } from 'react'
import type { ParcelProperties } from '../api/client'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { statusColors } from '../map/theme'
import { BlockResults, NoParcelsHint, ResultsSwitch } from './block-results'
import type { LandFilters } from './land-filters'
import type { PickedBlock } from './picked-block'
import { useParcelPage } from './use-results'

const columns: [string, MessageKey][] = [
  ['code', 'field.code'],
  ['area_mu', 'field.area'],
  ['start_price', 'field.price'],
  ['km_port', 'field.kmPort'],
]

interface Props {
  filters: LandFilters
  selectedId: number | null
  onFilters: (filters: LandFilters) => void
  onPick: (parcel: ParcelProperties) => void
  onPickBlock: (block: PickedBlock) => void
  onOpenSites: () => void
}

/** What the search found: single parcels or contiguous blocks, as the switch says. */
export function ResultTable(props: Props) {
  const { filters, onFilters } = props
  return (
    <section className="results" data-testid="result-table">
      <ResultsSwitch filters={filters} onChange={onFilters} />
      {filters.results === 'blocks' ? (
        <BlockResults filters={filters} onPick={props.onPickBlock} />
      ) : (
        <ParcelResults {...props} />
      )}
    </section>
  )
}

/** The matching parcels as a table: sorted by the server, a click selects and zooms, the map's selection is highlighted. */
function ParcelResults({ filters, selectedId, onFilters, onPick, onOpenSites }: Props) {
  const { t, name } = useI18n()
  const page = useParcelPage(filters)
  const selectedRow = useRef<HTMLTableRowElement>(null)
  // Braces: Chromium's scrollIntoView returns a promise, which React would take for the effect's cleanup and call.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the selected row is scrolled into view when the selection or the page changes
  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'nearest' })
  }, [selectedId, page])
  if (!page) return null
  const sortBy = (key: string) => onFilters({ ...filters, sort: filters.sort === key ? `-${key}` : key })
  const arrow = (key: string) => (filters.sort === key ? ' ▲' : filters.sort === `-${key}` ? ' ▼' : '')
  return (
    <>
      {page.total === 0 && <NoParcelsHint filters={filters} onChange={onFilters} onOpenSites={onOpenSites} />}
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
    </>
  )
}
