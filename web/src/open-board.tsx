import { lazy, Suspense } from 'react'
import type { FirmProperties } from './api/chains-client'
import type { ParkProperties, ProjectProperties, RegionProperties } from './api/client'
import { useSession } from './auth/session-context'
import type { ChainView } from './chains/use-chain-view'
import type { Importer } from './imports/use-importer'
import type { BoardTab } from './pipeline/board-tabs'
import type { RankingLights } from './pipeline/ranking-lights'
import type { SiteFinder } from './sites/use-site-finder'
import type { Board } from './use-open-board'

// Each board is its own chunk, fetched when first opened: an investor's first visit loads none of them (React Flow
// and Chart.js among them).
const PipelineBoard = lazy(() => import('./pipeline/pipeline-board').then((m) => ({ default: m.PipelineBoard })))
const ChainPanel = lazy(() => import('./chains/chain-panel').then((m) => ({ default: m.ChainPanel })))
const SiteFinderBoard = lazy(() => import('./sites/site-finder').then((m) => ({ default: m.SiteFinderBoard })))
const ImportBoard = lazy(() => import('./imports/import-board').then((m) => ({ default: m.ImportBoard })))

interface OpenBoardProps {
  board: Board | null
  tab: BoardTab
  onClose: () => void
  /** A side panel is open on the right: the board leaves room for it. */
  besidePanel: boolean
  chainView: ChainView
  finder: SiteFinder
  importer: Importer
  regions: RegionProperties[]
  parks: ParkProperties[]
  onPickProject: (project: ProjectProperties | number) => void
  onPickFirm: (firm: number | FirmProperties) => void
  onPickParcel: (parcelId: number) => void
  onPickBuilding: (buildingId: number) => void
  onRankingLights: (lights: RankingLights | null) => void
}

/** The one board open at the bottom of the screen, if this user may see it. */
export function OpenBoard(props: OpenBoardProps) {
  return (
    <Suspense fallback={null}>
      <TheBoard {...props} />
    </Suspense>
  )
}

function TheBoard(props: OpenBoardProps) {
  const { can } = useSession()
  const { board, onClose, besidePanel } = props
  if (board === 'pipeline' && can('projects', 'read')) {
    return (
      <PipelineBoard
        key={props.tab}
        initialTab={props.tab}
        onClose={onClose}
        onPickProject={props.onPickProject}
        onRankingLights={props.onRankingLights}
        besidePanel={besidePanel}
      />
    )
  }
  if (board === 'chains') {
    const { chainView, onPickFirm, onPickParcel } = props
    return (
      <ChainPanel
        view={chainView}
        onClose={onClose}
        onPickFirm={onPickFirm}
        onPickParcel={onPickParcel}
        besidePanel={besidePanel}
      />
    )
  }
  if (board === 'sites') {
    const { finder, regions, parks } = props
    return (
      <SiteFinderBoard
        finder={finder}
        onClose={onClose}
        besidePanel={besidePanel}
        regions={regions}
        parks={parks}
        onShowBuilding={props.onPickBuilding}
      />
    )
  }
  if (board === 'imports' && can('imports', 'create')) {
    return <ImportBoard importer={props.importer} onClose={onClose} besidePanel={besidePanel} />
  }
  return null
}
