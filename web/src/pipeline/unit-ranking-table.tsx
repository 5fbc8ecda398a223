import { useEffect } from 'react'
import { type UnitMetric, unitMetrics } from '../../../server/jurisdictions/jurisdictions.table'
import { loadUnitRanking, type UnitRanking, type UnitRankingQuery } from '../api/pipeline-client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import { formatNumber, formatPercent, LightDot } from './light-dot'
import type { RankingLights } from './ranking-lights'

type UnitRow = UnitRanking['rows'][number]

/** 月排位 of one level's units: this month as of today, a past month as recorded at its end. */
export function UnitRankingTable({
  query,
  onLights,
}: {
  query: UnitRankingQuery
  /** The map colours the ranked towns and platforms by light while the table is shown. */
  onLights: (lights: RankingLights | null) => void
}) {
  const { t, name } = useI18n()
  const { data, error } = useApiQuery(['unit-ranking', query], () => loadUnitRanking(query))
  useEffect(() => {
    onLights(data ? { level: data.level, lights: new Map(data.rows.map((r) => [r.unit_id, r.light])) } : null)
    return () => onLights(null)
  }, [data, onLights])
  if (error) return <div className="form-error">{error}</div>
  if (!data) return null
  const shown = unitMetrics.filter((m) => data.rows.some((r) => r.metrics.some((x) => x.metric === m)))
  return (
    <>
      <p className="muted" data-testid="unit-ranking-as-of">
        {data.recorded_at
          ? t('ranking.recorded', { date: data.as_of.slice(0, 7) })
          : t('ranking.asOf', { date: data.as_of })}
      </p>
      {data.rows.length === 0 && <p className="muted">{t('ranking.noTargets')}</p>}
      <div className="board-table-wrap">
        <table className="board-table" data-testid="unit-ranking">
          <UnitRankingHead metrics={shown} change={t('ranking.change')} />
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.unit_id} data-testid="unit-ranking-row">
                <td className="num">{r.rank}</td>
                <td className="num">{rankChange(r)}</td>
                <td>{name(r)}</td>
                {shown.map((m) => (
                  <MetricResultCell key={m} result={r.metrics.find((x) => x.metric === m)} />
                ))}
                <td>
                  <LightDot light={r.light} /> {formatPercent(r.score)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

/** The columns of a units' ranking: rank, its change, the unit, each metric shown, the completion. */
export function UnitRankingHead({ metrics, change }: { metrics: readonly UnitMetric[]; change: string }) {
  const { t } = useI18n()
  return (
    <thead>
      <tr>
        <th>{t('ranking.rank')}</th>
        <th>{change}</th>
        <th>{t('ranking.unit')}</th>
        {metrics.map((m) => (
          <th key={m}>{t(`metric.${m}`)}</th>
        ))}
        <th>{t('ranking.score')}</th>
      </tr>
    </thead>
  )
}

/** A metric's cell: achieved of target and the completion, on its light's colour. */
export function MetricResultCell({ result }: { result: UnitRow['metrics'][number] | undefined }) {
  if (!result) return <td className="muted">—</td>
  return (
    <td className={`metric metric-${result.light}`}>
      {formatNumber(result.achieved)} / {formatNumber(result.target, 0)}{' '}
      <small>{formatPercent(result.completion)}</small>
    </td>
  )
}

export function rankChange(r: { rank: number; rank_last_month: number | null }): string {
  if (r.rank_last_month === null) return '—'
  const up = r.rank_last_month - r.rank
  return up > 0 ? `▲${up}` : up < 0 ? `▼${-up}` : '＝'
}
