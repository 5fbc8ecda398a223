import { useState } from 'react'
import { loadProjects } from '../api/client'
import { useApiQuery, useInvalidateAll } from '../api/query'
import { reserveUnits } from '../api/space-client'
import { useI18n } from '../i18n/i18n'

/** Stages of projects that may still take space: in talks or signed. */
const takingSpace = ['assessed', 'negotiating', 'signed']

/** A vacant unit reserved for a live project from the building's panel (promotion staff); a refusal is shown. */
export function ReserveUnit({ unitId }: { unitId: number }) {
  const { t } = useI18n()
  const invalidate = useInvalidateAll()
  const [error, setError] = useState<string | null>(null)
  const { data } = useApiQuery(['projects'], () => loadProjects())
  const projects = (data?.features ?? []).map((f) => f.properties).filter((p) => takingSpace.includes(p.stage))
  const reserve = (projectId: number) =>
    reserveUnits(projectId, [unitId]).then(invalidate, (e: Error) => setError(e.message))
  return (
    <>
      <select
        className="reserve-unit"
        value=""
        onChange={(e) => e.target.value && reserve(Number(e.target.value))}
        data-testid="reserve-unit"
      >
        <option value="">{t('space.reserveFor')}</option>
        {projects.map((p) => (
          <option key={p.id} value={p.id}>
            {p.code} {p.name}
          </option>
        ))}
      </select>
      {error && <div className="form-error">{error}</div>}
    </>
  )
}
