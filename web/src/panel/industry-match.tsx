import { useApiQuery } from '../api/query'
import { loadIndustryMatch } from '../api/recommend-client'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'

const SHOWN = 5

/** Firm counts as they are, the transport distance in km; park positioning speaks for itself. */
const reasonValue = (r: { criterion: string; value: number | string | null }) =>
  typeof r.value !== 'number' ? '' : r.criterion === 'transport' ? ` ${r.value.toFixed(1)} km` : ` ${r.value}`

/** 智选产 in the panel: the chain segments that fit this parcel, block or park, each with what made it fit. */
export function IndustryMatch({ site }: { site: { parcel?: number; park?: number; block?: string } }) {
  const { t, name } = useI18n()
  const { data } = useApiQuery(['industry-match', site], () => loadIndustryMatch(site))
  if (!data || data.segments.length === 0) return null
  return (
    <section className="panel-section" data-testid="industry-match">
      <h3>{t('match.title')}</h3>
      <ol className="match-list">
        {data.segments.slice(0, SHOWN).map((s) => {
          const reasons = s.reasons.filter((r) => r.weight > 0 && r.score > 0)
          return (
            <li key={s.segment_id}>
              <span>
                {name({ name: s.chain_name, name_en: s.chain_name_en })} · <strong>{name(s)}</strong>
              </span>
              <span className="bar">
                <span style={{ width: `${Math.round(s.score * 100)}%` }} />
              </span>
              <span className="num">{Math.round(s.score * 100)}</span>
              <small>
                {reasons.map((r) => `${t(`match.${r.criterion}` as MessageKey)}${reasonValue(r)}`).join(' · ') || '—'}
              </small>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
