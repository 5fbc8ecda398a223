import type { SpaceRecommendation } from '../api/recommend-client'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { ProperName } from '../i18n/proper-name'

type Candidate = SpaceRecommendation['candidates'][number]

const whole = (value: number) => value.toLocaleString(undefined, { maximumFractionDigits: 0 })

/** The ranked options, each with its units, its rent and every criterion's score; then what was left out and why. */
export function SpaceResults({
  result,
  onShowBuilding,
}: {
  result: SpaceRecommendation | null
  onShowBuilding: (id: number) => void
}) {
  const { t } = useI18n()
  if (!result) return null
  return (
    <div className="site-results" data-testid="space-results">
      <p className="muted">
        {result.candidates.length > 0
          ? t('spaceFinder.found', {
              n: result.candidates.length,
              count: result.candidates.length,
              units: result.considered,
            })
          : t('spaceFinder.none')}
      </p>
      <ol className="space-options">
        {result.candidates.map((c) => (
          <SpaceOption key={c.rank} candidate={c} onShow={() => onShowBuilding(c.building_id)} />
        ))}
      </ol>
      <Rejected counts={result.rejected.counts} />
    </div>
  )
}

function SpaceOption({ candidate: c, onShow }: { candidate: Candidate; onShow: () => void }) {
  const { t, name } = useI18n()
  return (
    <li className="space-option" data-testid="space-option">
      <header>
        <span className="rank">{c.rank}</span>
        <strong>
          <ProperName name={c.building_name} name_en={c.building_name_en} />
        </strong>
        <span className="score">{c.score.toFixed(1)}</span>
      </header>
      <div className="muted">
        {t(`kind.${c.kind}`)} ·{' '}
        {name({ name: c.park_name ?? c.region_name, name_en: c.park_name_en ?? c.region_name_en })}
      </div>
      <div>
        {t(`arrangement.${c.arrangement}`)}: {c.unit_codes.join(' + ')} · {t('spaceFinder.total')} {whole(c.total_m2)}{' '}
        {t('space.m2')}
        {c.rent_yuan_m2_month !== null &&
          ` · ${c.rent_yuan_m2_month} ${t('space.rentUnit')} · ${t('spaceFinder.monthly', { yuan: whole(c.monthly_rent_yuan ?? 0) })}`}
      </div>
      <div className="criteria">
        {c.criteria.map((k) => (
          <span key={k.criterion} className="chip" title={String(k.value ?? '')}>
            {t(`spaceCriterion.${k.criterion}` as MessageKey)} {Math.round(k.score * 100)}
          </span>
        ))}
      </div>
      <button type="button" onClick={onShow} data-testid="space-show">
        {t('spaceFinder.show')}
      </button>
    </li>
  )
}

function Rejected({ counts }: { counts: Record<string, number> }) {
  const { t } = useI18n()
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1])
  if (entries.length === 0) return null
  return (
    <section className="space-rejected" data-testid="space-rejected">
      <h4>{t('spaceFinder.rejected')}</h4>
      <ul>
        {entries.map(([code, n]) => (
          <li key={code}>
            {t(`spaceReason.${code}` as MessageKey)}: {n}
          </li>
        ))}
      </ul>
    </section>
  )
}
