import { type FormEvent, useEffect, useState } from 'react'
import { loadTargets, saveTargets, type TargetsChange, type TargetsTable, targetMetrics } from '../api/pipeline-client'
import { useI18n } from '../i18n/i18n'

const metrics = targetMetrics
type Metric = (typeof metrics)[number]
type Cells = Record<string, string>
const cellKey = (regionId: number, metric: Metric) => `${regionId}/${metric}`

function cellsOf(table: TargetsTable): Cells {
  return Object.fromEntries(
    table.regions.flatMap((r) =>
      metrics.map((m) => [cellKey(r.region_id, m), r.targets[m] === null ? '' : String(r.targets[m])]),
    ),
  )
}

/** Promotion staff set each jurisdiction's yearly targets; only the cells changed are sent, all in one transaction. */
export function TargetsEditor({ year, onSaved }: { year: number; onSaved: () => void }) {
  const { t, name } = useI18n()
  const [table, setTable] = useState<TargetsTable | null>(null)
  const [cells, setCells] = useState<Cells>({})
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    loadTargets(year).then(
      (loaded) => {
        setTable(loaded)
        setCells(cellsOf(loaded))
      },
      (e: Error) => setError(e.message),
    )
  }, [year])
  if (!table) return error ? <div className="form-error">{error}</div> : null
  const original = cellsOf(table)
  const changes: TargetsChange['targets'] = Object.entries(cells)
    .filter(([key, value]) => value !== original[key])
    .map(([key, value]) => {
      const [regionId, metric] = key.split('/') as [string, Metric]
      return { region_id: Number(regionId), metric, target: value === '' ? null : Number(value) }
    })
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      const saved = await saveTargets({ year, targets: changes })
      setTable(saved)
      setCells(cellsOf(saved))
      onSaved()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <form className="targets-editor" onSubmit={submit} data-testid="targets-editor">
      <table className="board-table compact">
        <thead>
          <tr>
            <th>{t('ranking.region')}</th>
            {metrics.map((m) => (
              <th key={m}>{t(`metric.${m}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.regions.map((r) => (
            <tr key={r.region_id}>
              <td>{name(r)}</td>
              {metrics.map((m) => (
                <td key={m}>
                  <input
                    type="number"
                    min={0}
                    step="any"
                    value={cells[cellKey(r.region_id, m)] ?? ''}
                    aria-label={`${name(r)} ${t(`metric.${m}`)}`}
                    onChange={(e) => setCells({ ...cells, [cellKey(r.region_id, m)]: e.target.value })}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {error && <div className="form-error">{error}</div>}
      <button type="submit" disabled={changes.length === 0} data-testid="targets-save">
        {t('save')}
      </button>
    </form>
  )
}
