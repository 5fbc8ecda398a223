import { loadLeads } from './api/leads-client'
import { useApiQuery } from './api/query'
import { useSession } from './auth/session-context'
import { UserMenu } from './auth/user-menu'
import { useI18n } from './i18n/i18n'
import type { MessageKey } from './i18n/messages'
import { RoadshowButton } from './stories/roadshow-button'
import type { Board } from './use-open-board'

interface TopBarProps {
  demo: boolean
  openBoard: Board | null
  onToggleBoard: (board: Board) => void
  onIncentives: () => void
  onSignIn: () => void
  onManageUsers: () => void
  onOpenLeads: () => void
}

/** Each board's button: its label and test id, and whether this user may open it. */
const boardButtons: readonly { board: Board; label: MessageKey; testId: string }[] = [
  { board: 'sites', label: 'sites.open', testId: 'sites-open' },
  { board: 'chains', label: 'chains.open', testId: 'chains-open' },
  { board: 'imports', label: 'imports.open', testId: 'imports-open' },
  { board: 'pipeline', label: 'board.open', testId: 'board-open' },
]

export function TopBar({
  demo,
  openBoard,
  onToggleBoard,
  onIncentives,
  onSignIn,
  onManageUsers,
  onOpenLeads,
}: TopBarProps) {
  const { t, lang, setLang } = useI18n()
  const { can } = useSession()
  const offered = (board: Board) =>
    board === 'imports' ? can('imports', 'create') : board === 'pipeline' ? can('projects', 'read') : true
  return (
    <header className="topbar">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <span className="subtitle">{t('appSubtitle')}</span>
        {demo && (
          <span className="demo-badge" title={t('demoNote')} data-testid="demo-badge">
            {t('demoBadge')}
          </span>
        )}
      </div>
      <div className="topbar-actions">
        <button type="button" className="board-open" onClick={onIncentives} data-testid="incentives-open">
          {t('incentives.open')}
        </button>
        <RoadshowButton />
        {boardButtons
          .filter(({ board }) => offered(board))
          .map(({ board, label, testId }) => (
            <button
              key={board}
              type="button"
              className="board-open"
              onClick={() => onToggleBoard(board)}
              aria-pressed={openBoard === board}
              data-testid={testId}
            >
              {t(label)}
            </button>
          ))}
        {can('leads', 'read') && <NewLeadsBadge onOpen={onOpenLeads} />}
        <UserMenu onSignIn={onSignIn} onManageUsers={onManageUsers} />
        <button
          type="button"
          className="lang-switch"
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          data-testid="lang-switch"
        >
          {t('language')}
        </button>
      </div>
    </header>
  )
}

/** Staff: how many leads nobody has taken up yet; opens the 新线索 list. */
function NewLeadsBadge({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n()
  const { data } = useApiQuery(['leads'], () => loadLeads())
  if (!data) return null
  return (
    <button
      type="button"
      className={data.new_count > 0 ? 'board-open leads-badge' : 'board-open'}
      onClick={onOpen}
      data-testid="leads-badge"
    >
      {t('leads.count', { count: data.new_count })}
    </button>
  )
}
