import { areaUnits } from '../../../server/imports/mappable-fields'
import { useI18n } from '../i18n/i18n'
import { acceptedExtensions, crsChoices, type ImportOptions, suggestedCrs } from './import-options'
import type { Importer } from './use-importer'

/** The file, and what the file cannot say for itself: its coordinate system, 高德 offsets, area unit, DXF layer. */
export function ImportForm({ importer }: { importer: Importer }) {
  const { t, lang } = useI18n()
  const { options, setOptions, file, busy, error } = importer
  const suggestion = error?.code === 'invalid_crs' ? suggestedCrs(error.message) : null
  const isDxf = /\.dxf$/i.test(file?.name ?? '')
  return (
    <div className="import-form">
      <label className="file-pick">
        <input
          type="file"
          accept={acceptedExtensions.join(',')}
          data-testid="import-file"
          onChange={(e) => e.target.files?.[0] && importer.pick(e.target.files[0])}
        />
        <span className="button">{t('imports.pick')}</span>
        <span className="file-name">
          {file ? `${file.name} · ${(file.size / 1024).toFixed(0)} KB` : t('imports.formats')}
        </span>
      </label>
      <div className="field-row">
        <label className="field">
          {t('imports.crs')}
          <select value={options.crs} onChange={(e) => setOptions({ crs: e.target.value })} data-testid="import-crs">
            <option value="">{t('imports.crs.file')}</option>
            {crsChoices.map((c) => (
              <option key={c.code} value={c.code}>{`${c.code} ${lang === 'zh' ? c.zh : c.en}`}</option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('imports.shifted')}
          <select
            value={options.shifted}
            onChange={(e) => setOptions({ shifted: e.target.value as typeof options.shifted })}
          >
            <option value="">{t('imports.shifted.none')}</option>
            <option value="gcj02">{t('imports.shifted.gcj02')}</option>
            <option value="bd09">{t('imports.shifted.bd09')}</option>
          </select>
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          {t('imports.areaUnit')}
          <select
            value={options.areaUnit}
            onChange={(e) => setOptions({ areaUnit: e.target.value as typeof options.areaUnit })}
            data-testid="import-area-unit"
          >
            <option value="">{t('imports.areaUnit.auto')}</option>
            {areaUnits.map((u) => (
              <option key={u} value={u}>
                {t(`imports.areaUnit.${u}`)}
              </option>
            ))}
          </select>
        </label>
        {isDxf && (
          <label className="field">
            {t('imports.layer')}
            <input
              value={options.layer}
              placeholder={t('imports.layer.all')}
              onChange={(e) => setOptions({ layer: e.target.value })}
              data-testid="import-layer"
            />
          </label>
        )}
      </div>
      <div className="field-row">
        <CodeRuleFields options={options} setOptions={setOptions} />
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={options.repair}
          onChange={(e) => setOptions({ repair: e.target.checked })}
          data-testid="import-repair"
        />
        {t('imports.repair')}
      </label>
      {error && (
        <div className="form-error" role="alert" data-testid="import-error">
          <p>{error.message}</p>
          {suggestion && (
            <button type="button" onClick={() => importer.preview({ crs: suggestion })} data-testid="import-use-crs">
              {t('imports.useCrs', { crs: suggestion })}
            </button>
          )}
        </div>
      )}
      <div className="import-actions">
        <button type="button" disabled={!file || busy} onClick={() => importer.preview()} data-testid="import-preview">
          {busy ? t('imports.checking') : t('imports.preview')}
        </button>
      </div>
    </div>
  )
}

/** Names for outlines the file leaves without a code (a CAD drawing without labels): a running number, or layer and handle. */
function CodeRuleFields({ options, setOptions }: Pick<Importer, 'options' | 'setOptions'>) {
  const { t } = useI18n()
  return (
    <>
      <label className="field">
        {t('imports.codeRule')}
        <select
          value={options.codeRule}
          onChange={(e) => setOptions({ codeRule: e.target.value as ImportOptions['codeRule'] })}
          data-testid="import-code-rule"
        >
          <option value="">{t('imports.codeRule.none')}</option>
          <option value="number">{t('imports.codeRule.number')}</option>
          <option value="layer_handle">{t('imports.codeRule.layer_handle')}</option>
        </select>
      </label>
      {options.codeRule === 'number' && (
        <label className="field">
          {t('imports.codePrefix')}
          <input
            value={options.codePrefix}
            placeholder="FH-2026-"
            onChange={(e) => setOptions({ codePrefix: e.target.value })}
            data-testid="import-code-prefix"
          />
        </label>
      )}
    </>
  )
}
