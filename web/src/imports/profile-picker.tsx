import { useState } from 'react'
import { loadImportProfiles, saveImportProfile } from '../api/imports-client'
import { useApiQuery, useInvalidate } from '../api/query'
import { useI18n } from '../i18n/i18n'
import type { Importer } from './use-importer'

/**
 * Saved mappings, one per source of files (国土局, a park's office): the one used last is offered first, and the
 * mapping on screen can be saved under a name for the next file from the same source.
 */
export function ProfilePicker({ importer }: { importer: Importer }) {
  const { t } = useI18n()
  const profiles = useApiQuery(['import-profiles'], () => loadImportProfiles()).data?.profiles ?? []
  const invalidate = useInvalidate()
  const [name, setName] = useState('')
  const [saved, setSaved] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const { result } = importer
  if (!result) return null
  const save = async () => {
    const mapped = importer.mapping ?? result.mapping.fields
    const columns = [...Object.keys(result.mapping.fields), ...result.mapping.unmatched]
    // Every column of the file, the ones left out as null: the next file from this source leaves them out too.
    const fields = Object.fromEntries(columns.map((c) => [c, mapped[c] ?? null]))
    setFailure(null)
    try {
      await saveImportProfile(name.trim(), { fields, area_unit: result.mapping.areaUnit })
      setSaved(name.trim())
      await invalidate(['import-profiles'])
    } catch (e) {
      setFailure((e as Error).message)
    }
  }
  return (
    <div className="profile-picker">
      <label className="field">
        {t('imports.profile')}
        <select
          value={importer.options.profile}
          onChange={(e) => importer.applyProfile(e.target.value)}
          data-testid="import-profile"
        >
          <option value="">{t('imports.profile.none')}</option>
          {profiles.map((p, i) => (
            <option key={p.name} value={p.name}>
              {i === 0 ? t('imports.profile.last', { name: p.name }) : p.name}
            </option>
          ))}
        </select>
      </label>
      <div className="profile-save">
        <input
          value={name}
          placeholder={t('imports.profile.name')}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
          data-testid="import-profile-name"
        />
        <button
          type="button"
          disabled={name.trim() === ''}
          onClick={() => void save()}
          data-testid="import-profile-save"
        >
          {t('imports.profile.save')}
        </button>
      </div>
      {failure && <p className="form-error">{failure}</p>}
      {saved && (
        <p className="muted" data-testid="import-profile-saved">
          {t('imports.profile.saved', { name: saved })}
        </p>
      )}
    </div>
  )
}
