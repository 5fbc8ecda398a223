import { useState } from 'react'
import { idleCategories as idleKinds } from '../../../server/land/parcels.table'
import { type Grouping, loadSupplyDemand, type SupplyDemand, type SupplyRow } from '../api/pipeline-client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { BarChart } from './bar-chart'
import { formatNumber, formatPercent } from './light-dot'
import { SupplyTable } from './supply-table'

const idleColors = ['#b9a27a', '#d9822b', '#c25b56', '#7d5ba6']

/** Planners: land on offer against the pipeline's weighted demand, with the conflicts and the year's land targets. */
export function SupplyDemandTab() {
  const { t } = useI18n()
  const [group, setGroup] = useState<Grouping>('district')
  const { data, error } = useApiQuery(['supply-demand', group], () => loadSupplyDemand(group))
  const labelOf = useRowLabel(group)
  const rows = data?.rows ?? []
  const labels = rows.map(labelOf)
  return (
    <div className="board-tab supply" data-testid="supply-tab">
      <div className="board-toolbar">
        <label>
          {t('supply.group')}
          <select value={group} onChange={(e) => setGroup(e.target.value as Grouping)} data-testid="supply-group">
            <option value="district">{t('supply.byDistrict')}</option>
            <option value="park">{t('supply.byPark')}</option>
            <option value="category">{t('supply.byCategory')}</option>
          </select>
        </label>
        {data && (
          <span className="muted">
            {t('supply.weights', { n: data.stage_probability.negotiating, s: data.stage_probability.signed })}
          </span>
        )}
      </div>
      {error && <div className="form-error">{error}</div>}
      {data && (
        <div className="supply-grid">
          <div className="supply-charts">
            <BarChart
              testId="supply-chart"
              labels={labels}
              height={230}
              series={[
                { label: t('supply.available'), values: rows.map((r) => r.available_mu), color: '#2f8f5b' },
                { label: t('supply.reserve'), values: rows.map((r) => r.reserve_mu), color: '#9cc9a9' },
                { label: t('supply.demand'), values: rows.map((r) => r.demand_mu), color: '#c0392b' },
              ]}
            />
            <BarChart
              testId="idle-chart"
              labels={labels}
              height={170}
              series={idleKinds.map((k, i) => ({
                label: t(`idle.${k}`),
                values: rows.map((r) => r.idle_mu[k]),
                color: idleColors[i]!,
                stack: 'idle',
              }))}
            />
            <LandTargets data={data} />
          </div>
          <div className="supply-side">
            <SupplyTable rows={rows} total={data.total} labelOf={labelOf} />
            <Conflicts data={data} />
          </div>
        </div>
      )}
    </div>
  )
}

function useRowLabel(group: Grouping) {
  const { t, name } = useI18n()
  return (r: SupplyRow) => {
    if (r.key === null) return t('supply.unplaced')
    if (group === 'category') return t(`category.${r.key}` as MessageKey)
    return name(r)
  }
}

function LandTargets({ data }: { data: SupplyDemand }) {
  const { t } = useI18n()
  const { industrial_share, industrial_share_line, revitalised_mu, revitalise_target_mu } = data.targets
  return (
    <div className="targets" data-testid="land-targets">
      <h4>{t('supply.targets')}</h4>
      <Gauge
        label={t('supply.industrialShare')}
        value={industrial_share ?? 0}
        line={industrial_share_line}
        text={`${formatPercent(industrial_share)} / ≥ ${formatPercent(industrial_share_line)}`}
      />
      <Gauge
        label={t('supply.revitalised')}
        value={revitalised_mu / revitalise_target_mu}
        line={1}
        text={`${formatNumber(revitalised_mu)} / ${formatNumber(revitalise_target_mu, 0)} ${t('mu')}`}
      />
    </div>
  )
}

/** A bar filled to `value` (a share) with the line it must reach marked on it. */
function Gauge({ label, value, line, text }: { label: string; value: number; line: number; text: string }) {
  const met = value >= line
  return (
    <div className="gauge">
      <div className="gauge-label">
        <span>{label}</span>
        <strong className={met ? 'met' : 'short'}>{text}</strong>
      </div>
      <div className="gauge-bar">
        <div className={`gauge-fill ${met ? 'met' : 'short'}`} style={{ width: `${Math.min(100, value * 100)}%` }} />
        <div className="gauge-line" style={{ left: `${Math.min(100, line * 100)}%` }} />
      </div>
    </div>
  )
}

function Conflicts({ data }: { data: SupplyDemand }) {
  const { t } = useI18n()
  return (
    <div className="conflicts" data-testid="conflicts">
      <h4>
        {t('supply.conflicts')}（{data.conflicts.length}）
      </h4>
      {data.conflicts.length === 0 && <p className="muted">{t('supply.noConflicts')}</p>}
      <ul>
        {data.conflicts.map((c) => (
          <li key={[c.kind, ...c.projects.map((p) => p.code), ...c.parcel_codes].join(' ')}>
            <strong>{t(`conflict.${c.kind}`)}</strong>：{c.projects.map((p) => `${p.code} ${p.name}`).join('、')}
            {c.parcel_codes.length > 0 && ` · ${c.parcel_codes.join('、')}`}
            {c.need_mu !== null && ` · ${formatNumber(c.need_mu)} > ${formatNumber(c.largest_block_mu)} ${t('mu')}`}
          </li>
        ))}
      </ul>
    </div>
  )
}
