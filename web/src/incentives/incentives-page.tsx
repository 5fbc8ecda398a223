import { type FormEvent, useState } from 'react'
import { estimateIncentives, type IncentiveEstimate, type IncentiveProfile } from '../api/incentives-client'
import { loadJurisdictions } from '../api/jurisdictions-client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import { formatNumber } from '../pipeline/light-dot'

type Kind = NonNullable<IncentiveProfile['project_kind']>
const kinds: Kind[] = ['industrial', 'qflp', 'service']

/** 智查策 for investors, no sign-in: the published rules priced for their figures, with the reasons and the near misses. */
export function IncentivesPage({ onBack }: { onBack: () => void }) {
  const { t, name, lang, setLang } = useI18n()
  const [kind, setKind] = useState<Kind>('industrial')
  const [isNew, setIsNew] = useState(true)
  const [foreign, setForeign] = useState('2500')
  const [place, setPlace] = useState('')
  const { data: tree } = useApiQuery(['jurisdictions'], () => loadJurisdictions())
  const districts = (tree?.jurisdictions ?? []).filter((u) => u.level === 'district')
  const placeName = (code: string | null) => {
    const unit = tree?.jurisdictions.find((u) => u.code === code)
    return unit ? name(unit) : null
  }
  const [estimate, setEstimate] = useState<IncentiveEstimate | null>(null)
  const [error, setError] = useState<string | null>(null)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      setEstimate(
        await estimateIncentives({
          project_kind: kind,
          is_new: isNew,
          foreign_capital_usd_wan: Number(foreign),
          ...(place ? { place } : {}),
        }),
      )
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <main className="incentives-page" data-testid="incentives-page">
      <header>
        <h1>{t('incentives.title')}</h1>
        <button type="button" className="lang-switch" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t('language')}
        </button>
        <button type="button" className="linklike" onClick={onBack}>
          {t('incentives.back')}
        </button>
      </header>
      <form className="incentives-form" onSubmit={submit}>
        <label>
          {t('incentives.place')}
          <select value={place} onChange={(e) => setPlace(e.target.value)} data-testid="incentive-place">
            <option value="">{t('incentives.anyPlace')}</option>
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {name(d)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('incentives.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="incentive-kind">
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`incentives.kind.${k}` as 'incentives.kind.industrial')}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={isNew} onChange={(e) => setIsNew(e.target.checked)} />
          {t('incentives.isNew')}
        </label>
        <label>
          {t('incentives.foreign')}
          <input
            type="number"
            min={0}
            step="any"
            value={foreign}
            onChange={(e) => setForeign(e.target.value)}
            data-testid="incentive-foreign"
          />
        </label>
        <button type="submit" data-testid="incentive-submit">
          {t('incentives.open')}
        </button>
      </form>
      {error && <div className="form-error">{error}</div>}
      {estimate && (
        <section className="incentives-result" data-testid="incentive-result">
          <p className="total">
            {t('incentives.total')}：
            <strong data-testid="incentive-total">{formatNumber(estimate.total_wan, 2)}</strong> {t('wan')}
          </p>
          {!estimate.policies_for_place && (
            <p className="muted" data-testid="incentive-no-policy">
              {t('sheetIncentives.noPolicy', {
                place: estimate.place ? name(estimate.place) : t('sheetIncentives.here'),
              })}
            </p>
          )}
          {estimate.policies_for_place && estimate.applicable.length === 0 && (
            <p className="muted">{t('incentives.none')}</p>
          )}
          {estimate.applicable.length > 0 && <h2>{t('incentives.applicable')}</h2>}
          {estimate.applicable.map((r) => (
            <article key={r.key} className="incentive-rule">
              <h3>
                {name(r)}{' '}
                <span className="amount">
                  {formatNumber(r.amount_wan, 2)} {t('wan')}
                  {r.capped ? `（${t('incentives.capped')}）` : ''}
                </span>
              </h3>
              <p className="muted">{[placeName(r.place_code), r.source].filter(Boolean).join(' · ')}</p>
            </article>
          ))}
          {estimate.almost.length > 0 && <h2>{t('incentives.almost')}</h2>}
          {estimate.almost.map((r) => (
            <article key={r.key} className="incentive-rule almost" data-testid="incentive-almost">
              <h3>{name(r)}</h3>
              <p>{t('incentives.needMore', { n: `${formatNumber(r.short_by!.needed, 2)} ${t('usdWan')}` })}</p>
            </article>
          ))}
          <p className="muted">{t('incentives.note')}</p>
        </section>
      )}
    </main>
  )
}
