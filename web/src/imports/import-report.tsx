import type { ImportResult } from '../api/imports-client'
import { useI18n } from '../i18n/i18n'
import { formatNumber } from '../pipeline/light-dot'
import type { Importer } from './use-importer'

/** The dry run's verdict: notes from reading, a summary, a row per parcel (click to see it on the map), and commit. */
export function ImportReport({ importer }: { importer: Importer }) {
  const { t } = useI18n()
  const { result, committed, busy } = importer
  if (!result) return <p className="muted import-empty">{t('imports.empty')}</p>
  const { counts, rows } = result.report
  return (
    <section className="import-report" data-testid="import-report">
      {result.notes.length > 0 && (
        <div className="import-notes">
          <h3>{t('imports.notes')}</h3>
          <ul>
            {result.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="import-summary">
        <strong data-testid="import-summary">
          {t('imports.summary', {
            r: counts.rows,
            i: counts.insert,
            u: counts.update,
            e: counts.errors,
            w: counts.warnings,
          })}
        </strong>
        <span className="muted">EPSG:{result.srid}</span>
        {committed ? (
          <span className="ok" data-testid="import-committed">
            {t('imports.committed', {
              i: committed.inserted,
              u: committed.updated,
              s: committed.unchanged,
              b: committed.id,
            })}
          </span>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={!result.report.ok || busy}
            onClick={importer.commit}
            data-testid="import-commit"
          >
            {t('imports.commit', { count: counts.rows })}
          </button>
        )}
      </div>
      {!result.report.ok && <p className="form-warning">{t('imports.blocked')}</p>}
      <ReportTable rows={rows} onPick={importer.zoomTo} />
    </section>
  )
}

function ReportTable({ rows, onPick }: { rows: ImportResult['report']['rows']; onPick: (row: number) => void }) {
  const { t } = useI18n()
  return (
    <table className="board-table compact report-table">
      <thead>
        <tr>
          {(['row', 'code', 'action', 'area', 'declared', 'region', 'issues'] as const).map((c) => (
            <th key={c}>{t(`imports.col.${c}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.row}
            className={`clickable${r.errors.length > 0 ? ' has-error' : r.warnings.length > 0 ? ' has-warning' : ''}`}
            onClick={() => onPick(r.row)}
            data-testid="import-row"
          >
            <td>{r.row}</td>
            <td>{r.code ?? '—'}</td>
            <td>{t(`imports.action.${r.action}`)}</td>
            <td className="num">{r.areaMu === null ? '—' : formatNumber(r.areaMu, 2)}</td>
            <td className="num">{r.declaredMu === null ? '—' : formatNumber(r.declaredMu, 2)}</td>
            <td>{r.region ?? '—'}</td>
            <td className="issues">
              {r.errors.map((e) => (
                <div key={e} className="issue error">
                  {e}
                </div>
              ))}
              {r.warnings.map((w) => (
                <div key={w} className="issue warning">
                  {w}
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
