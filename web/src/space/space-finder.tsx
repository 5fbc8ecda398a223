import type { RegionCollection } from '../api/client'
import { useI18n } from '../i18n/i18n'
import { type SpaceForm, unitsExportUrl } from './space-form'
import { SpaceNeedFields, SpacePlaceFields } from './space-form-fields'
import { SpaceResults } from './space-results'
import { useSpaceFinder } from './use-space-finder'

type RegionProperties = RegionCollection['features'][number]['properties']

/** 智寻址 for space: the need on the left, the ranked units and combinations on the right. */
export function SpaceFinderPane({
  regions,
  onShowBuilding,
}: {
  regions: RegionProperties[]
  onShowBuilding: (id: number) => void
}) {
  const { t } = useI18n()
  const finder = useSpaceFinder()
  const { form, setForm } = finder
  const set = <K extends keyof SpaceForm>(key: K, value: SpaceForm[K]) => setForm({ ...form, [key]: value })
  return (
    <div className="sites-body">
      <form
        className="site-wizard"
        data-testid="space-wizard"
        onSubmit={(e) => {
          e.preventDefault()
          finder.search()
        }}
      >
        <div className="wizard-body">
          <SpaceNeedFields form={form} set={set} />
          <SpacePlaceFields form={form} set={set} regions={regions} />
        </div>
        <div className="wizard-actions">
          <a href={unitsExportUrl(form)} download data-testid="space-export">
            {t('spaceFinder.export')}
          </a>
          <button type="submit" className="primary" disabled={finder.busy} data-testid="space-search">
            {finder.busy ? t('sites.searching') : t('spaceFinder.search')}
          </button>
        </div>
        {finder.error && (
          <div className="form-error" data-testid="space-error">
            {finder.error}
          </div>
        )}
      </form>
      <SpaceResults result={finder.result} onShowBuilding={onShowBuilding} />
    </div>
  )
}
