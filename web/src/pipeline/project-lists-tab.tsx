import { useState } from 'react'
import type { ProjectProperties } from '../api/client'
import { type DynamicList, loadProjectList, projectListExportUrl } from '../api/pipeline-client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import { formatNumber, LightDot } from './light-dot'

const lists: DynamicList[] = ['negotiating', 'signed', 'building', 'production']

/** 002's four dynamic lists: one table each, the rules' verdicts beside the figures, and an Excel download. */
export function ProjectListsTab({ onPick }: { onPick: (project: ProjectProperties) => void }) {
  const { t, name } = useI18n()
  const [list, setList] = useState<DynamicList>('negotiating')
  const { data, error } = useApiQuery(['project-list', list], () => loadProjectList(list))
  const rows = data?.features.map((f) => f.properties) ?? []
  return (
    <div className="board-tab" data-testid="lists-tab">
      <div className="board-toolbar">
        <div className="segmented">
          {lists.map((key) => (
            <button
              key={key}
              type="button"
              className={key === list ? 'active' : ''}
              onClick={() => setList(key)}
              data-testid={`list-${key}`}
            >
              {t(`list.${key}`)}
            </button>
          ))}
        </div>
        <span className="count">{data ? rows.length : ''}</span>
        <a className="button-link" href={projectListExportUrl(list)} download data-testid="list-export">
          {t('list.export')}
        </a>
      </div>
      {error && <div className="form-error">{error}</div>}
      <div className="board-table-wrap">
        <table className="board-table">
          <thead>
            <tr>
              {(
                [
                  'col.code',
                  'col.project',
                  'col.investor',
                  'col.investment',
                  'col.landNeed',
                  'col.landing',
                  'col.stage',
                  'col.since',
                  'col.tier',
                  'col.light',
                  'col.responsible',
                ] as const
              ).map((k) => (
                <th key={k}>{t(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} onClick={() => onPick(p)} className="clickable">
                <td>{p.code}</td>
                <td>{p.name}</td>
                <td>{p.investor_name}</td>
                <td className="num">{formatNumber(p.total_investment_wan, 0)}</td>
                <td className="num">{formatNumber(p.land_need_mu)}</td>
                <td>
                  {[
                    name({ name: p.landing_region_name, name_en: p.landing_region_name_en }),
                    name({ name: p.park_name, name_en: p.park_name_en }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </td>
                <td>{t(`stage.${p.stage}`)}</td>
                <td>{list === 'signed' ? p.signed_on : p.stage_changed_on}</td>
                <td>{t(`tier.${p.approval_tier}`)}</td>
                <td>
                  <LightDot light={p.light} />
                </td>
                <td>{p.responsible}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data && rows.length === 0 && <p className="muted">{t('list.empty')}</p>}
      </div>
    </div>
  )
}
