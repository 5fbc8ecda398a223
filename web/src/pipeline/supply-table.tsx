import type { SupplyRow } from '../api/pipeline-client'
import { useI18n } from '../i18n/i18n'
import { formatNumber } from './light-dot'

const columns = [
  ['supply.available', (r: SupplyRow) => formatNumber(r.available_mu)],
  ['supply.reserve', (r: SupplyRow) => formatNumber(r.reserve_mu)],
  ['supply.blocks100', (r: SupplyRow) => String(r.blocks_100)],
  ['supply.blocks200', (r: SupplyRow) => String(r.blocks_200)],
  ['supply.demand', (r: SupplyRow) => formatNumber(r.demand_mu)],
  ['supply.balance', (r: SupplyRow) => formatNumber(r.balance_mu)],
  ['supply.absorbed', (r: SupplyRow) => formatNumber(r.absorbed_12m_mu)],
  ['supply.months', (r: SupplyRow) => formatNumber(r.months_of_supply)],
  ['supply.idle', (r: SupplyRow) => formatNumber(Object.values(r.idle_mu).reduce((a, b) => a + b, 0))],
  ['supply.spaceVacant', (r: SupplyRow) => formatNumber(Math.round(r.space_vacant_m2))],
  ['supply.spaceReserved', (r: SupplyRow) => formatNumber(Math.round(r.space_reserved_m2))],
] as const

/** The numbers behind the charts, row for row, with the total. */
export function SupplyTable({
  rows,
  total,
  labelOf,
}: {
  rows: SupplyRow[]
  total: SupplyRow
  labelOf: (r: SupplyRow) => string
}) {
  const { t } = useI18n()
  return (
    <div className="board-table-wrap">
      <table className="board-table compact" data-testid="supply-table">
        <thead>
          <tr>
            <th>{t('supply.name')}</th>
            {columns.map(([key]) => (
              <th key={key}>{t(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.key)}>
              <td>{labelOf(r)}</td>
              {columns.map(([key, value]) => (
                <td key={key} className={`num ${key === 'supply.balance' && r.balance_mu < 0 ? 'overdue' : ''}`}>
                  {value(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>{t('supply.total')}</th>
            {columns.map(([key, value]) => (
              <th key={key} className="num">
                {value(total)}
              </th>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
