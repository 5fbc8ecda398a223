import { useState } from 'react'
import { useApiQuery } from '../api/query'
import { detachSite, loadProjectSites, type ProjectSites } from '../api/recommend-client'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import { formatNumber } from '../pipeline/light-dot'

/** Sites shortlisted for the project from 智寻址, with their score when found; promotion staff may take one off. */
export function ProjectShortlist({ projectId }: { projectId: number }) {
  const { t } = useI18n()
  const { can } = useSession()
  const [changed, setChanged] = useState<ProjectSites | null>(null)
  const { data } = useApiQuery(['project-sites', projectId], () => loadProjectSites(projectId))
  const sites = (changed ?? data)?.sites
  if (!sites) return null
  const remove = (siteId: number) => detachSite(projectId, siteId).then(setChanged, () => undefined)
  return (
    <section className="panel-section" data-testid="project-shortlist">
      <h3>{t('sites.shortlist')}</h3>
      {sites.length === 0 && <p className="muted">{t('sites.noShortlist')}</p>}
      <ul className="firm-list">
        {sites.map((s) => (
          <li key={s.id}>
            <strong>{s.parcel_codes.join(' + ')}</strong> · {formatNumber(s.total_mu, 2)} {t('mu')}
            {s.score !== null && (
              <>
                {' '}
                · {t('sites.score')} {formatNumber(s.score, 1)}
              </>
            )}
            <span className="muted"> · {s.created_by}</span>
            {can('projects', 'update') && (
              <button type="button" className="linklike" onClick={() => remove(s.id)}>
                {t('sites.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
