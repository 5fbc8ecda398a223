/** The space wizard's form: the need in ㎡ and what the space must bear, then the place and the budget. */
import type { RegionCollection } from '../api/client'
import { useI18n } from '../i18n/i18n'
import { Checklist, Field, NumberInput } from '../sites/site-steps'
import { buildingKinds, type SpaceForm } from './space-form'

type RegionProperties = RegionCollection['features'][number]['properties']
type Set = <K extends keyof SpaceForm>(key: K, value: SpaceForm[K]) => void

export function SpaceNeedFields({ form, set }: { form: SpaceForm; set: Set }) {
  const { t } = useI18n()
  const number = (key: 'minM2' | 'maxM2' | 'floorLoadT' | 'clearHeight' | 'powerKva' | 'craneT', label: string) => (
    <Field label={label}>
      <NumberInput min={0} value={form[key]} onChange={(value) => set(key, value)} data-testid={`space-${key}`} />
    </Field>
  )
  return (
    <>
      <div className="field-row">
        {number('minM2', t('spaceFinder.minM2'))}
        {number('maxM2', t('spaceFinder.maxM2'))}
      </div>
      <Field label={t('spaceFinder.kind')}>
        <select
          value={form.kind}
          onChange={(e) => set('kind', e.target.value as SpaceForm['kind'])}
          data-testid="space-kind"
        >
          <option value="any">{t('spaceFinder.any')}</option>
          {buildingKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      <label className="inline">
        <input
          type="checkbox"
          checked={form.groundFloor}
          onChange={(e) => set('groundFloor', e.target.checked)}
          data-testid="space-ground-floor"
        />
        {t('spaceFinder.groundFloor')}
      </label>
      <div className="field-row">
        {number('floorLoadT', t('spaceFinder.floorLoad'))}
        {number('clearHeight', t('spaceFinder.clearHeight'))}
      </div>
      <div className="field-row">
        {number('craneT', t('spaceFinder.crane'))}
        {number('powerKva', t('spaceFinder.power'))}
      </div>
    </>
  )
}

export function SpacePlaceFields({ form, set, regions }: { form: SpaceForm; set: Set; regions: RegionProperties[] }) {
  const { t } = useI18n()
  return (
    <>
      <Field label={t('spaceFinder.maxRent')}>
        <NumberInput
          min={0}
          value={form.maxRent}
          onChange={(value) => set('maxRent', value)}
          data-testid="space-maxRent"
        />
      </Field>
      <fieldset className="field-grid">
        <legend>{t('spaceFinder.regions')}</legend>
        <Checklist
          items={regions}
          chosen={form.regions}
          onChange={(ids) => set('regions', ids)}
          testId="space-regions"
        />
      </fieldset>
    </>
  )
}
