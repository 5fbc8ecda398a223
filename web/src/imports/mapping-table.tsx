import { mappableFields as fields, type MappableField } from '../../../server/imports/mappable-fields'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { ProfilePicker } from './profile-picker'
import type { Importer } from './use-importer'

/** Every column of the file with the field it is imported as; changing one takes effect at the next dry run. */
export function MappingTable({ importer }: { importer: Importer }) {
  const { t } = useI18n()
  const { result } = importer
  if (!result) return null
  const current = importer.mapping ?? result.mapping.fields
  const columns = [...Object.keys(result.mapping.fields), ...result.mapping.unmatched]
  const changed =
    importer.mapping !== null && JSON.stringify(importer.mapping) !== JSON.stringify(result.mapping.fields)
  return (
    <section className="mapping" data-testid="import-mapping">
      <h3>{t('imports.mapping')}</h3>
      <ProfilePicker importer={importer} />
      <table className="board-table compact">
        <thead>
          <tr>
            <th>{t('imports.mapping.column')}</th>
            <th>{t('imports.mapping.field')}</th>
            <th>{t('imports.mapping.sample')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column}>
              <td>{column}</td>
              <td>
                <select
                  value={current[column] ?? ''}
                  onChange={(e) => importer.setMapping(column, e.target.value as MappableField | '')}
                  aria-label={column}
                >
                  <option value="">{t('imports.mapping.skip')}</option>
                  {fields.map((f) => (
                    <option key={f} value={f}>
                      {t(`imports.field.${f}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="muted sample" data-testid="import-sample" title={result.mapping.samples[column]}>
                {result.mapping.samples[column] ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted" data-testid="import-area-unit-used">
        {t('imports.mapping.unit', { u: t(`imports.areaUnit.${result.mapping.areaUnit}`) })}
      </p>
      {changed && <p className="form-warning">{t('imports.preview')} ↑</p>}
    </section>
  )
}
