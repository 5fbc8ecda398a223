import { lazy, Suspense, useState } from 'react'
import { type I18n, useI18n } from '../i18n/i18n'
import { landUseText } from '../i18n/land-terms'
import { blockParks } from '../land/picked-block'
import type { SelectedFeature } from '../panel/feature-panel'
import type { InterestTarget } from './interest-form'

const InterestForm = lazy(() => import('./interest-form').then((m) => ({ default: m.InterestForm })))
const ShareDialog = lazy(() => import('./share-dialog').then((m) => ({ default: m.ShareDialog })))

type Shareable = Extract<SelectedFeature, { kind: 'parcel' | 'block' | 'building' }>

/** What the visitor is interested in, as the lead names it and as the form shows it. */
function interestTarget(selected: Shareable, mu: string): InterestTarget {
  if (selected.kind === 'parcel') {
    const p = selected.properties
    return { kind: 'parcel', ref: String(p.id), label: `${p.code} · ${p.area_mu.toFixed(1)} ${mu}` }
  }
  if (selected.kind === 'building') {
    const b = selected.properties
    return { kind: 'building', ref: String(b.id), label: `${b.name} · ${Math.round(b.available_m2)} ㎡` }
  }
  const b = selected.properties
  return { kind: 'block', ref: b.block_id, label: `${b.block_id} · ${b.total_mu.toFixed(1)} ${mu}` }
}

/** The short text WeChat users paste with the link. */
function shareText(selected: Shareable, { t, name, lang }: Pick<I18n, 't' | 'name' | 'lang'>) {
  return (url: string) => {
    if (selected.kind === 'parcel') {
      const p = selected.properties
      const region = name({ name: p.region_name, name_en: p.region_name_en })
      return t('share.textParcel', {
        region,
        code: p.code,
        mu: p.area_mu.toFixed(1),
        use: landUseText(p.land_use, p.land_use_name, lang),
        url,
      })
    }
    if (selected.kind === 'building') {
      const b = selected.properties
      return t('share.textBuilding', {
        kind: t(`kind.${b.kind}`),
        name: name(b),
        m2: Math.round(b.available_m2).toLocaleString(),
        region: name({ name: b.region_name, name_en: b.region_name_en }),
        url,
      })
    }
    const b = selected.properties
    return t('share.textBlock', {
      id: b.block_id,
      mu: b.total_mu.toFixed(1),
      parks: blockParks(b, lang).join(lang === 'en' ? '; ' : '、'),
      url,
    })
  }
}

/** "I'm interested" and "Share" on a parcel, a block or a building: the two steps after finding it. */
export function JourneyActions({ selected }: { selected: Shareable }) {
  const i18n = useI18n()
  const { t } = i18n
  const [open, setOpen] = useState<'interest' | 'share' | null>(null)
  return (
    <div className="journey-actions">
      <button type="button" className="primary" onClick={() => setOpen('interest')} data-testid="interest-open">
        {t('interest.button')}
      </button>
      <button type="button" onClick={() => setOpen('share')} data-testid="share-open">
        {t('share.button')}
      </button>
      <Suspense fallback={null}>
        {open === 'interest' && <InterestForm site={interestTarget(selected, t('mu'))} onClose={() => setOpen(null)} />}
        {open === 'share' && <ShareDialog text={shareText(selected, i18n)} onClose={() => setOpen(null)} />}
      </Suspense>
    </div>
  )
}
