import { useApiQuery, useInvalidateAll } from '../api/query'
import { loadProjectUnits, releaseUnit } from '../api/space-client'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'

/** The space a project holds (reserved units), and for promotion staff a way to give a unit back. */
export function ProjectSpace({ projectId }: { projectId: number }) {
  const { t, name } = useI18n()
  const { can } = useSession()
  const invalidate = useInvalidateAll()
  const { data } = useApiQuery(['project-units', projectId], () => loadProjectUnits(projectId))
  if (!data || data.units.length === 0) return null
  const release = (unitId: number) => releaseUnit(projectId, unitId).then(invalidate, () => undefined)
  return (
    <section className="panel-section" data-testid="project-space">
      <h3>{t('space.projectUnits')}</h3>
      <ul className="firm-list">
        {data.units.map((u) => (
          <li key={u.id}>
            <strong>{name({ name: u.building_name, name_en: u.building_name_en })}</strong> · {u.code} ·{' '}
            {Math.round(u.area_m2).toLocaleString()} {t('space.m2')}
            {can('projects', 'update') && (
              <button type="button" className="linklike" onClick={() => release(u.id)}>
                {t('space.release')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
