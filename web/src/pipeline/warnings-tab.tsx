import { loadWarnings } from '../api/pipeline-client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import { LightDot } from './light-dot'

/** Every warning of every live project, the most urgent first (the server orders them). */
export function WarningsTab({ onPick }: { onPick: (projectId: number) => void }) {
  const { t } = useI18n()
  const { data, error } = useApiQuery(['warnings'], () => loadWarnings())
  return (
    <div className="board-tab" data-testid="warnings-tab">
      {error && <div className="form-error">{error}</div>}
      <div className="board-table-wrap">
        <table className="board-table">
          <thead>
            <tr>
              {(
                [
                  'col.light',
                  'col.warning',
                  'col.due',
                  'col.daysLeft',
                  'col.code',
                  'col.project',
                  'col.stage',
                  'col.landing',
                  'col.responsible',
                ] as const
              ).map((k) => (
                <th key={k}>{t(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data?.items.map((w) => (
              <tr key={`${w.project_id}/${w.kind}`} className="clickable" onClick={() => onPick(w.project_id)}>
                <td>
                  <LightDot light={w.level} />
                </td>
                <td>{t(`warning.${w.kind}`)}</td>
                <td>{w.due_on}</td>
                <td className={`num ${w.days_left < 0 ? 'overdue' : ''}`}>{w.days_left}</td>
                <td>{w.code}</td>
                <td>{w.name}</td>
                <td>{t(`stage.${w.stage}`)}</td>
                <td>{[w.landing_region_name, w.park_name].filter(Boolean).join(' · ')}</td>
                <td>{w.responsible}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data && data.items.length === 0 && <p className="muted">{t('warnings.none')}</p>}
      </div>
    </div>
  )
}
