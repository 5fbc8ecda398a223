import { useState } from 'react'
import type { ProjectProperties } from '../api/client'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import { type BoardTab, boardTabs } from './board-tabs'
import { LeadsTab } from './leads-tab'
import { ProjectListsTab } from './project-lists-tab'
import type { RankingLights } from './ranking-lights'
import { RankingTab } from './ranking-tab'
import { SupplyDemandTab } from './supply-demand-tab'
import { WarningsTab } from './warnings-tab'

export type { BoardTab }

interface Props {
  initialTab?: BoardTab
  onClose: () => void
  onPickProject: (project: ProjectProperties | number) => void
  onRankingLights: (lights: RankingLights | null) => void
  /** A feature panel is open on the right: leave it room. */
  besidePanel: boolean
}

/** Staff: the pipeline's lists, its warnings, land supply against demand and the ranking, under the map. */
export function PipelineBoard({ initialTab = 'lists', onClose, onPickProject, onRankingLights, besidePanel }: Props) {
  const { t } = useI18n()
  const { can } = useSession()
  const [tab, setTab] = useState<BoardTab>(initialTab)
  const rightOf = { ranking: 'targets', leads: 'leads' } as const
  const allowed = boardTabs.filter((k) => can(k === 'ranking' || k === 'leads' ? rightOf[k] : 'projects', 'read'))
  return (
    <section
      className={besidePanel ? 'board beside-panel' : 'board'}
      data-testid="pipeline-board"
      aria-label={t('board.title')}
    >
      <header className="board-header">
        <h2>{t('board.title')}</h2>
        <div className="board-tabs" role="tablist">
          {allowed.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={k === tab}
              className={k === tab ? 'active' : ''}
              onClick={() => setTab(k)}
              data-testid={`board-tab-${k}`}
            >
              {t(`board.${k}`)}
            </button>
          ))}
        </div>
        <div className="confidential">{t('confidential')}</div>
        <button type="button" className="close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      {tab === 'lists' && <ProjectListsTab onPick={onPickProject} />}
      {tab === 'leads' && <LeadsTab onPick={onPickProject} />}
      {tab === 'warnings' && <WarningsTab onPick={onPickProject} />}
      {tab === 'supply' && <SupplyDemandTab />}
      {tab === 'ranking' && <RankingTab onLights={onRankingLights} />}
    </section>
  )
}
