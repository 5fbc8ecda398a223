import { useI18n } from '../i18n/i18n'
import { BatchList } from './batch-list'
import { ImportForm } from './import-form'
import { ImportReport } from './import-report'
import { MappingTable } from './mapping-table'
import type { Importer } from './use-importer'
import './imports.css'

/** 导入 for planners: the file and its mapping on the left, the dry run's report and past batches on the right. */
export function ImportBoard({
  importer,
  onClose,
  besidePanel,
}: {
  importer: Importer
  onClose: () => void
  besidePanel: boolean
}) {
  const { t } = useI18n()
  return (
    <section
      className={besidePanel ? 'board imports beside-panel' : 'board imports'}
      data-testid="import-board"
      aria-label={t('imports.title')}
    >
      <header className="board-header">
        <h2>{t('imports.title')}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <div className="imports-body">
        <div className="imports-left">
          <ImportForm importer={importer} />
          <MappingTable importer={importer} />
        </div>
        <div className="imports-right">
          <ImportReport importer={importer} />
          <BatchList importer={importer} />
        </div>
      </div>
    </section>
  )
}
