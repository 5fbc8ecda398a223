/** The four steps of 智寻址's wizard: the need, the place, the terms and the weights. */
import type { ReactNode } from 'react'
import { loadChain, loadChains } from '../api/chains-client'
import type { ParkProperties, RegionCollection } from '../api/client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { criteria, landUses, pollutionClasses, type SiteForm, transportKinds } from './site-form'

type RegionProperties = RegionCollection['features'][number]['properties']
type Set = <K extends keyof SiteForm>(key: K, value: SiteForm[K]) => void

export const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  // biome-ignore lint/a11y/noLabelWithoutControl: the control comes in as children, inside the label
  <label className="field">
    {label}
    {children}
  </label>
)

export function NeedStep({ form, set }: { form: SiteForm; set: Set }) {
  const { t, name } = useI18n()
  const chains = useApiQuery(['chains'], () => loadChains()).data?.chains ?? []
  const chain = useApiQuery(['chain-detail', form.chainId], () => loadChain(form.chainId!), {
    enabled: Boolean(form.chainId),
  }).data
  return (
    <>
      <div className="field-row">
        <Field label={t('sites.minMu')}>
          <NumberInput min={1} value={form.minMu} onChange={(value) => set('minMu', value)} data-testid="site-min-mu" />
        </Field>
        <Field label={t('sites.maxMu')}>
          <NumberInput min={1} value={form.maxMu} onChange={(value) => set('maxMu', value)} data-testid="site-max-mu" />
        </Field>
      </div>
      <Field label={t('sites.landUse')}>
        <select
          value={form.landUse}
          onChange={(e) => set('landUse', e.target.value as SiteForm['landUse'])}
          data-testid="site-land-use"
        >
          {landUses.map((u) => (
            <option key={u} value={u}>
              {t(`sites.landUse.${u}` as MessageKey)}
            </option>
          ))}
        </select>
      </Field>
      <div className="field-row">
        <Field label={t('sites.chain')}>
          <select
            value={form.chainId ?? ''}
            onChange={(e) => set('chainId', e.target.value ? Number(e.target.value) : null)}
            data-testid="site-chain"
          >
            <option value="">{t('sites.none')}</option>
            {chains.map((c) => (
              <option key={c.id} value={c.id}>
                {name(c)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('sites.segment')}>
          <select
            value={form.segmentId ?? ''}
            onChange={(e) => set('segmentId', e.target.value ? Number(e.target.value) : null)}
            disabled={!chain}
            data-testid="site-segment"
          >
            <option value="">{t('sites.none')}</option>
            {chain?.segments.map((s) => (
              <option key={s.id} value={s.id}>
                {name(s)}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </>
  )
}

export function Checklist<T extends { id: number; name: string; name_en: string }>({
  items,
  chosen,
  onChange,
  testId,
}: {
  items: T[]
  chosen: number[]
  onChange: (ids: number[]) => void
  testId: string
}) {
  const { name } = useI18n()
  return (
    <div className="checklist" data-testid={testId}>
      {items.map((item) => (
        <label key={item.id} className="inline">
          <input
            type="checkbox"
            checked={chosen.includes(item.id)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, item.id] : chosen.filter((id) => id !== item.id))}
          />
          {name(item)}
        </label>
      ))}
    </div>
  )
}

export function PlaceStep({
  form,
  set,
  regions,
  parks,
}: {
  form: SiteForm
  set: Set
  regions: RegionProperties[]
  parks: ParkProperties[]
}) {
  const { t } = useI18n()
  return (
    <>
      <Field label={t('sites.regions')}>
        <Checklist
          items={regions}
          chosen={form.regions}
          onChange={(ids) => set('regions', ids)}
          testId="site-regions"
        />
      </Field>
      <Field label={t('sites.parks')}>
        <Checklist items={parks} chosen={form.parks} onChange={(ids) => set('parks', ids)} testId="site-parks" />
      </Field>
      <fieldset className="field-grid">
        <legend>{t('sites.maxKm')}</legend>
        {transportKinds.map((kind) => (
          <Field key={kind} label={t(`infra.${kind}`)}>
            <NumberInput
              min={0}
              value={form.maxKm[kind]}
              onChange={(value) => set('maxKm', { ...form.maxKm, [kind]: value })}
              data-testid={`site-km-${kind}`}
            />
          </Field>
        ))}
      </fieldset>
    </>
  )
}

export function TermsStep({ form, set }: { form: SiteForm; set: Set }) {
  const { t } = useI18n()
  return (
    <>
      <div className="field-row">
        <label className="inline">
          <input
            type="checkbox"
            checked={form.netLand}
            onChange={(e) => set('netLand', e.target.checked)}
            data-testid="site-net-land"
          />
          {t('sites.netLand')}
        </label>
        <label className="inline">
          <input type="checkbox" checked={form.standardLand} onChange={(e) => set('standardLand', e.target.checked)} />
          {t('sites.standardLand')}
        </label>
      </div>
      <Field label={t('sites.pollution')}>
        <select
          value={form.pollution}
          onChange={(e) => set('pollution', e.target.value as SiteForm['pollution'])}
          data-testid="site-pollution"
        >
          {pollutionClasses.map((p) => (
            <option key={p} value={p}>
              {t(`sites.pollution.${p}` as MessageKey)}
            </option>
          ))}
        </select>
        <small className="muted">{t('sites.pollutionHint')}</small>
      </Field>
      <div className="field-row">
        <Field label={t('sites.maxPrice')}>
          <NumberInput
            min={0}
            value={form.maxPrice}
            onChange={(value) => set('maxPrice', value)}
            data-testid="site-max-price"
          />
        </Field>
        <Field label={t('sites.investment')}>
          <NumberInput min={0} value={form.investment} onChange={(value) => set('investment', value)} />
        </Field>
      </div>
      <Field label={t('sites.footprint')}>
        <span className="field-row">
          <NumberInput
            min={0}
            value={form.footprintW}
            onChange={(value) => set('footprintW', value)}
            aria-label="W"
            data-testid="site-footprint-w"
          />
          ×
          <NumberInput
            min={0}
            value={form.footprintL}
            onChange={(value) => set('footprintL', value)}
            aria-label="L"
            data-testid="site-footprint-l"
          />
        </span>
      </Field>
    </>
  )
}

export function WeightsStep({ form, set }: { form: SiteForm; set: Set }) {
  const { t } = useI18n()
  return (
    <>
      <p className="muted">{t('sites.weightsHint')}</p>
      <div className="weights">
        {criteria.map((c) => (
          <label key={c} className="weight">
            <span>{t(`crit.${c}` as MessageKey)}</span>
            <input
              type="range"
              min={0}
              max={5}
              step={1}
              value={form.weights[c]}
              onChange={(e) => set('weights', { ...form.weights, [c]: Number(e.target.value) })}
              data-testid={`site-weight-${c}`}
            />
            <output>{form.weights[c]}</output>
          </label>
        ))}
      </div>
    </>
  )
}

/** A number as typed (kept as text until the form is sent): any decimals, nothing below `min`. */
export function NumberInput({
  value,
  min,
  onChange,
  ...rest
}: { value: string; min: number; onChange: (value: string) => void } & Record<`${'aria' | 'data'}-${string}`, string>) {
  return <input type="number" min={min} step="any" value={value} onChange={(e) => onChange(e.target.value)} {...rest} />
}
