import { useEffect, useState } from 'react'
import { loadRanking, type RankingRow, targetMetrics, type UnitRankingQuery } from '../api/pipeline-client'
import { useApiQuery, useInvalidateAll } from '../api/query'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { formatNumber, formatPercent, LightDot } from './light-dot'
import type { RankingLights } from './ranking-lights'
import { TargetsEditor } from './targets-editor'
import { rankChange, UnitRankingTable } from './unit-ranking-table'

const metrics = targetMetrics

type Level = 'board' | UnitRankingQuery['level']
const levels: readonly [Level, MessageKey][] = [
  ['board', 'ranking.levelDistrict'],
  ['town', 'ranking.levelTown'],
  ['platform', 'ranking.levelPlatform'],
  ['department', 'ranking.levelDepartment'],
]

/** 赛马: the districts on the targets board, or 月排位 of towns, platforms or departments for a month. */
export function RankingTab({ onLights }: { onLights: (lights: RankingLights | null) => void }) {
  const { t } = useI18n()
  const [level, setLevel] = useState<Level>('board')
  const [month, setMonth] = useState('')
  const thisMonth = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }).slice(0, 7)
  const [year, monthNumber] = (month || thisMonth).split('-').map(Number) as [number, number]
  return (
    <div className="board-tab" data-testid="ranking-tab">
      <div className="board-toolbar">
        <label>
          {t('ranking.level')}{' '}
          <select value={level} onChange={(e) => setLevel(e.target.value as Level)} data-testid="ranking-level">
            {levels.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
        <a
          className="button-link"
          href={`/bulletin?year=${year}&quarter=${Math.ceil(monthNumber / 3)}`}
          target="_blank"
          rel="noreferrer"
          data-testid="bulletin-open"
        >
          {t('bulletin.open')}
        </a>
        {level !== 'board' && (
          <label>
            {t('ranking.month')}{' '}
            <input
              type="month"
              value={month || thisMonth}
              max={thisMonth}
              onChange={(e) => setMonth(e.target.value)}
              data-testid="ranking-month"
            />
          </label>
        )}
      </div>
      {level === 'board' ? (
        <DistrictBoard onLights={onLights} />
      ) : (
        <UnitRankingTable query={{ level, year, month: monthNumber }} onLights={onLights} />
      )}
    </div>
  )
}

/** The districts' completion of the year's targets; while open, the map colours each district by its light. */
function DistrictBoard({ onLights }: { onLights: (lights: RankingLights | null) => void }) {
  const { t, name } = useI18n()
  const { can } = useSession()
  const [editing, setEditing] = useState(false)
  const saved = useInvalidateAll()
  const { data, error } = useApiQuery(['ranking'], () => loadRanking())
  useEffect(() => {
    onLights(data ? { level: 'board', lights: new Map(data.rows.map((r) => [r.region_id, r.light])) } : null)
    return () => onLights(null)
  }, [data, onLights])
  return (
    <>
      {data && (
        <div className="board-toolbar">
          <span>{t('ranking.elapsed', { p: formatPercent(data.year_elapsed) })}</span>
          <span className="muted">{t('ranking.mapHint')}</span>
          {can('targets', 'update') && (
            <button
              type="button"
              className="button-link"
              onClick={() => setEditing(!editing)}
              aria-pressed={editing}
              data-testid="targets-edit"
            >
              {t('ranking.editTargets')}
            </button>
          )}
        </div>
      )}
      {editing && data && <TargetsEditor year={data.year} onSaved={saved} />}
      {error && <div className="form-error">{error}</div>}
      <div className="board-table-wrap">
        <table className="board-table">
          <thead>
            <tr>
              <th>{t('ranking.rank')}</th>
              <th>{t('ranking.change')}</th>
              <th>{t('ranking.region')}</th>
              {metrics.map((m) => (
                <th key={m}>{t(`metric.${m}`)}</th>
              ))}
              <th>{t('ranking.score')}</th>
              <th>{t('ranking.lateShare')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((r) => (
              <tr key={r.region_id} data-testid="ranking-row">
                <td className="num">{r.rank}</td>
                <td className="num">{rankChange(r)}</td>
                <td>{name(r)}</td>
                {metrics.map((m) => (
                  <MetricCell key={m} row={r} metric={m} />
                ))}
                <td>
                  <LightDot light={r.light} /> {formatPercent(r.score)}
                </td>
                <td
                  title={r.land_late_over_line ? t('ranking.overLine') : ''}
                  className={r.land_late_over_line ? 'overdue' : ''}
                >
                  {r.land_late}/{r.signed_this_year} · {formatPercent(r.land_late_share)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

function MetricCell({ row, metric }: { row: RankingRow; metric: (typeof metrics)[number] }) {
  const m = row.metrics.find((x) => x.metric === metric)
  if (!m) return <td className="muted">—</td>
  return (
    <td className={`metric metric-${m.light}`}>
      {formatNumber(m.achieved)} / {formatNumber(m.target, 0)}
      <small> {formatPercent(m.completion)}</small>
    </td>
  )
}
