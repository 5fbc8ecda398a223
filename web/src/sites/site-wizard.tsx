import { useState } from 'react'
import type { ParkProperties, RegionCollection } from '../api/client'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import type { SiteForm } from './site-form'
import { NeedStep, PlaceStep, TermsStep, WeightsStep } from './site-steps'
import type { SiteFinder } from './use-site-finder'

type RegionProperties = RegionCollection['features'][number]['properties']
const steps = ['need', 'place', 'terms', 'weights'] as const
type Step = (typeof steps)[number]

interface Props {
  finder: SiteFinder
  regions: RegionProperties[]
  parks: ParkProperties[]
}

/** The investor's profile in four short steps; "find" works from any step. */
export function SiteWizard({ finder, regions, parks }: Props) {
  const { t } = useI18n()
  const [step, setStep] = useState<Step>('need')
  const index = steps.indexOf(step)
  const { form, setForm } = finder
  const set = <K extends keyof SiteForm>(key: K, value: SiteForm[K]) => setForm({ ...form, [key]: value })
  return (
    <form
      className="site-wizard"
      data-testid="site-wizard"
      onSubmit={(e) => {
        e.preventDefault()
        finder.search()
      }}
    >
      <nav className="wizard-steps">
        {steps.map((s) => (
          <button
            key={s}
            type="button"
            className={s === step ? 'active' : ''}
            onClick={() => setStep(s)}
            data-testid={`site-step-${s}`}
          >
            {t(`sites.step.${s}` as MessageKey)}
          </button>
        ))}
      </nav>
      <div className="wizard-body">
        {step === 'need' && <NeedStep form={form} set={set} />}
        {step === 'place' && <PlaceStep form={form} set={set} regions={regions} parks={parks} />}
        {step === 'terms' && <TermsStep form={form} set={set} />}
        {step === 'weights' && <WeightsStep form={form} set={set} />}
      </div>
      <div className="wizard-actions">
        <button type="button" disabled={index === 0} onClick={() => setStep(steps[index - 1]!)}>
          {t('sites.back')}
        </button>
        <button type="button" disabled={index === steps.length - 1} onClick={() => setStep(steps[index + 1]!)}>
          {t('sites.next')}
        </button>
        <button type="submit" className="primary" disabled={finder.busy} data-testid="site-search">
          {finder.busy ? t('sites.searching') : t('sites.search')}
        </button>
      </div>
      {finder.error && (
        <div className="form-error" data-testid="site-error">
          {finder.error}
        </div>
      )}
    </form>
  )
}
