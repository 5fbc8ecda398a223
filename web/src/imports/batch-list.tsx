import { useI18n } from '../i18n/i18n'
import type { Importer } from './use-importer'

/** The latest import batches, each undoable as a whole until a project holds its land. */
export function BatchList({ importer }: { importer: Importer }) {
  const { t } = useI18n()
  if (importer.batches.length === 0) return null
  return (
    <section className="batch-list" data-testid="import-batches">
      <h3>{t('imports.batches')}</h3>
      <ul>
        {importer.batches.slice(0, 8).map((b) => (
          <li key={b.id} className={b.undone_at ? 'undone' : undefined}>
            <span className="batch-id">#{b.id}</span>
            <span className="batch-file" title={b.file_sha256}>
              {b.file_name}
            </span>
            <span className="muted">{`${b.created_by} · ${new Date(b.created_at).toLocaleString()}`}</span>
            <span>{t('imports.batch.counts', { i: b.inserted, u: b.updated, s: b.unchanged })}</span>
            {b.undone_at ? (
              <span className="muted">{t('imports.batch.undone')}</span>
            ) : (
              <button
                type="button"
                data-testid="import-undo"
                onClick={() =>
                  window.confirm(t('imports.batch.confirm', { b: b.id, f: b.file_name })) && importer.undo(b.id)
                }
              >
                {t('imports.batch.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
