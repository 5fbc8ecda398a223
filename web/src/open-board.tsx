import type { FirmProperties } from './api/chains-client'
import type { ParkProperties, ProjectProperties, RegionProperties } from './api/client'
import { useSession } from './auth/session-context'
import { ChainPanel } from './chains/chain-panel'
import type { ChainView } from './chains/use-chain-view'
import { ImportBoard } from './imports/import-board'
import type { Importer } from './imports/use-importer'
import type { BoardTab } from './pipeline/board-tabs'
import type { Light } from './pipeline/light-dot'
import { PipelineBoard } from './pipeline/pipeline-board'
import { SiteFinderBoard } from './sites/site-finder'
import type { SiteFinder } from './sites/use-site-finder'
import type { Board } from './use-open-board'

interface OpenBoardProps {
  board: Board | null
  tab: BoardTab
  onClose: () => void
  /** A side panel is open on the right: the board leaves room for it. */
  besidePanel: boolean
  revision: string
  chainView: ChainView
  finder: SiteFinder
  importer: Importer
  regions: RegionProperties[]
  parks: ParkProperties[]
  onPickProject: (project: ProjectProperties | number) => void
  onPickFirm: (firm: number | FirmProperties) => void
  onPickParcel: (parcelId: number) => void
  onRankingLights: (lights: Map<number, Light> | null) => void
}

/** The one board open at the bottom of the screen, if this user may see it. */
export function OpenBoard(props: OpenBoardProps) {
  const { can } = useSession()
  const { board, onClose, besidePanel } = props
  if (board === 'pipeline' && can('projects', 'read')) {
    return (
      <PipelineBoard
        revision={props.revision}
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
      <SiteFinderBoard finder={finder} onClose={onClose} besidePanel={besidePanel} regions={regions} parks={parks} />
    )
  }
  if (board === 'imports' && can('imports', 'create')) {
    return <ImportBoard importer={props.importer} onClose={onClose} besidePanel={besidePanel} />
  }
  return null
}
