import { useState } from 'react'
import { loadProjects } from '../api/client'
import { useApiQuery } from '../api/query'
import { attachSite, type SiteCandidate, type SiteRecommendation } from '../api/recommend-client'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { formatNumber } from '../pipeline/light-dot'
import { compareSheetPath, siteSheetPath } from '../sheet/sheet-target'
import { profileOf } from './site-form'
import { criterionValue, rejectionLabel, rejectionText } from './site-format'
import type { SiteFinder } from './use-site-finder'

/** Ranked candidates as cards, every score beside its raw value; the rejected counted by the condition that failed. */
export function SiteResults({ finder }: { finder: SiteFinder }) {
  const { t } = useI18n()
  const { result } = finder
  if (!result) return <p className="muted site-empty">{t('sites.whyNotPick')}</p>
  return (
    <div className="site-results" data-testid="site-results">
      <p className="muted">{t('sites.found', { n: result.considered, s: result.sites_found })}</p>
      <WhyNot finder={finder} />
      {result.candidates.length === 0 && <p className="form-warning">{t('sites.noResult')}</p>}
      {finder.compared.length >= 2 && (
        <SiteCompare candidates={result.candidates.filter((c) => finder.compared.includes(c.rank))} />
      )}
      {result.candidates.length > 1 && finder.compared.length < 2 && (
        <p className="muted hint">{t('sites.compareHint')}</p>
      )}
      <ol className="site-cards">
        {result.candidates.map((c) => (
          <SiteCard key={c.rank} candidate={c} finder={finder} />
        ))}
      </ol>
      <Rejected rejected={result.rejected} />
    </div>
  )
}

function SiteCard({ candidate: c, finder }: { candidate: SiteCandidate; finder: SiteFinder }) {
  const { t, name } = useI18n()
  const focused = finder.focused === c.rank
  return (
    <li
      className={focused ? 'site-card focused' : 'site-card'}
      data-testid="site-card"
      onMouseEnter={() => finder.setFocused(c.rank)}
    >
      {/* biome-ignore lint/a11y/useSemanticElements: a card's head laid out as one; it takes focus, Enter and Space like a button */}
      <header
        role="button"
        tabIndex={0}
        onClick={() => finder.zoomTo(c.rank)}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && finder.zoomTo(c.rank)}
        title={t('sites.showOnMap')}
      >
        <span className="rank-badge">{c.rank}</span>
        <strong className="site-score">{formatNumber(c.score, 1)}</strong>
        <span className="site-codes">{c.parcel_codes.join(' + ')}</span>
        <span className="site-mu">
          {formatNumber(c.total_mu, 2)} {t('mu')}
        </span>
      </header>
      <p className="muted">
        {name({ name: c.park, name_en: c.park_en })} · {name({ name: c.region, name_en: c.region_en })}
        {c.parcel_ids.length > 1 && !c.whole_block && <span className="status-badge">{t('sites.assembled')}</span>}
        {c.whole_block && <span className="status-badge master">{t('sites.wholeBlock')}</span>}
      </p>
      <table className="criteria">
        <tbody>
          {c.criteria
            .filter((k) => k.weight > 0)
            .map((k) => (
              <tr key={k.criterion}>
                <th>{t(`crit.${k.criterion}` as MessageKey)}</th>
                <td className="bar">
                  <span style={{ width: `${Math.round(k.score * 100)}%` }} />
                </td>
                <td className="num">{formatNumber(k.score * 100, 0)}</td>
                <td className="raw">{criterionValue(k, t)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {c.claims && c.claims.length > 0 && (
        <p className="form-warning" data-testid="site-claims">
          {t('sites.claims')}
          {t('punct.colon')}
          {c.claims.map((k) => `${k.code} ${k.name}`).join(t('punct.list'))}
        </p>
      )}
      <footer>
        <label className="inline">
          <input
            type="checkbox"
            checked={finder.compared.includes(c.rank)}
            onChange={() => finder.toggleCompared(c.rank)}
            data-testid="site-compare"
          />
          {t('sites.compare')}
        </label>
        <a href={siteSheetPath(c.parcel_ids)} target="_blank" rel="noopener" data-testid="site-sheet-link">
          {t('sheet.open')} ↗
        </a>
        <AttachToProject candidate={c} finder={finder} />
      </footer>
    </li>
  )
}

function SiteCompare({ candidates }: { candidates: SiteCandidate[] }) {
  const { t } = useI18n()
  const rows = candidates[0]!.criteria.filter((k) => k.weight > 0).map((k) => k.criterion)
  const best = (criterion: string) =>
    Math.max(...candidates.map((c) => c.criteria.find((k) => k.criterion === criterion)?.score ?? 0))
  return (
    <table className="board-table compact site-compare" data-testid="site-compare-table">
      <caption>
        {t('sites.compareTitle')} ·{' '}
        <a
          href={compareSheetPath(candidates.map((c) => c.parcel_ids))}
          target="_blank"
          rel="noopener"
          data-testid="compare-sheet-link"
        >
          {t('sheet.open')} ↗
        </a>
      </caption>
      <thead>
        <tr>
          <th />
          {candidates.map((c) => (
            <th key={c.rank}>
              #{c.rank} {c.parcel_codes.join('+')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th>{t('sites.score')}</th>
          {candidates.map((c) => (
            <td key={c.rank} className="num">
              <strong>{formatNumber(c.score, 1)}</strong>
            </td>
          ))}
        </tr>
        {rows.map((criterion) => (
          <tr key={criterion}>
            <th>{t(`crit.${criterion}` as MessageKey)}</th>
            {candidates.map((c) => {
              const k = c.criteria.find((x) => x.criterion === criterion)!
              return (
                <td key={c.rank} className={k.score === best(criterion) ? 'num best' : 'num'}>
                  {criterionValue(k, t)} <small>({formatNumber(k.score * 100, 0)})</small>
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Staff: put a result on a project's shortlist, with the profile it was found with. */
function AttachToProject({ candidate, finder }: { candidate: SiteCandidate; finder: SiteFinder }) {
  const { t } = useI18n()
  const { can } = useSession()
  const allowed = can('projects', 'update')
  const projects = useApiQuery(['projects'], () => loadProjects(), { enabled: allowed }).data
  const [projectId, setProjectId] = useState('')
  const [state, setState] = useState<'idle' | 'done' | string>('idle')
  if (!allowed || !projects) return null
  const attach = () =>
    attachSite(Number(projectId), {
      parcel_ids: candidate.parcel_ids,
      score: candidate.score,
      profile: profileOf(finder.form) as Record<string, unknown>,
    }).then(
      () => setState('done'),
      (e: Error) => setState(e.message),
    )
  return (
    <span className="attach">
      <select
        value={projectId}
        onChange={(e) => {
          setProjectId(e.target.value)
          setState('idle')
        }}
        aria-label={t('sites.attachTo')}
        data-testid="site-attach-project"
      >
        <option value="">{t('sites.attachTo')}</option>
        {projects.features.map((p) => (
          <option key={p.id} value={p.properties.id}>
            {p.properties.code} {p.properties.name}
          </option>
        ))}
      </select>
      <button type="button" disabled={!projectId} onClick={attach} data-testid="site-attach">
        {t('sites.attach')}
      </button>
      {state === 'done' && (
        <span className="ok" data-testid="site-attached">
          ✓ {t('sites.attached')}
        </span>
      )}
      {state !== 'idle' && state !== 'done' && <span className="form-error">{state}</span>}
    </span>
  )
}

function WhyNot({ finder }: { finder: SiteFinder }) {
  const { t } = useI18n()
  const w = finder.whyNot
  if (!w) return <p className="muted hint">{t('sites.whyNotPick')}</p>
  return (
    <section className="why-not" data-testid="site-why-not">
      <h4>
        {t('sites.whyNot')} {w.code ?? ''}
      </h4>
      {w.candidate ? (
        <p>{t('sites.isCandidate')}</p>
      ) : (
        <ul>
          {w.reasons.map((r) => (
            <li key={JSON.stringify(r)}>{rejectionText(r, t)}</li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Rejected({ rejected }: { rejected: SiteRecommendation['rejected'] }) {
  const { t } = useI18n()
  const counts = Object.entries(rejected.counts).sort((a, b) => b[1] - a[1])
  if (counts.length === 0) return null
  return (
    <section className="site-rejected" data-testid="site-rejected">
      <h4>{t('sites.rejected')}</h4>
      <p className="chips">
        {counts.map(([code, n]) => (
          <span key={code} className="chip">
            {rejectionLabel(code, t)} × {n}
          </span>
        ))}
      </p>
      <ul>
        {rejected.examples.slice(0, 5).map((e) => (
          <li key={e.parcel_id}>
            <strong>{e.code}</strong>
            {t('punct.open')}
            {formatNumber(e.area_mu, 1)} {t('mu')}
            {t('punct.close')}
            {t('punct.colon')}
            {e.reasons.map((r) => rejectionText(r, t)).join('；')}
          </li>
        ))}
      </ul>
    </section>
  )
}
