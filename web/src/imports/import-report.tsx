import type { ImportResult } from '../api/imports-client'
import { useI18n } from '../i18n/i18n'
import { formatNumber } from '../pipeline/light-dot'
import type { Importer } from './use-importer'

/** The dry run's verdict: notes from reading, a summary, a row per parcel (click to see it on the map), and commit. */
export function ImportReport({ importer }: { importer: Importer }) {
  const { t } = useI18n()
  const { result } = importer
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
        {importer.committed ? <Committed importer={importer} /> : <CommitButtons importer={importer} />}
      </div>
      {!result.report.ok && !importer.committed && <p className="form-warning">{t('imports.blocked')}</p>}
      <ReportTable rows={rows} onPick={importer.zoomTo} />
    </section>
  )
}

function Committed({ importer }: { importer: Importer }) {
  const { t } = useI18n()
  const batch = importer.committed!
  const skipped = importer.result?.skippedRows ?? []
  return (
    <span className="ok" data-testid="import-committed">
      {t('imports.committed', { i: batch.inserted, u: batch.updated, s: batch.unchanged, b: batch.id })}
      {skipped.length > 0 &&
        `${t('imports.separator')}${t('imports.skipped', { count: skipped.length, rows: skipped.join(', ') })}`}
    </span>
  )
}

/** Commit the whole file, or, when some rows have errors, the others: the planner chooses, the report says which. */
function CommitButtons({ importer }: { importer: Importer }) {
  const { t } = useI18n()
  const { report } = importer.result!
  const good = report.counts.rows - report.counts.errors
  return (
    <>
      {!report.ok && good > 0 && (
        <button type="button" disabled={importer.busy} onClick={importer.commitGood} data-testid="import-commit-good">
          {t('imports.commitGood', { count: good })}
        </button>
      )}
      <button
        type="button"
        className="primary"
        disabled={!report.ok || importer.busy}
        onClick={importer.commit}
        data-testid="import-commit"
      >
        {t('imports.commit', { count: report.rows.filter((r) => r.action !== 'skip').length })}
      </button>
    </>
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
            <td>
              {r.code ?? '—'}
              {r.codeFrom && r.codeFrom !== 'file' && (
                <span className="muted code-from"> {t(`imports.codeFrom.${r.codeFrom}`)}</span>
              )}
            </td>
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
