import type { ZoneCollection } from './api/recommend-client'
import type { ChainView } from './chains/use-chain-view'
import type { Importer } from './imports/use-importer'
import type { SiteFinder } from './sites/use-site-finder'
import type { Board } from './use-open-board'

interface BoardState {
  chainView: ChainView
  finder: SiteFinder
  zones: ZoneCollection | null
  importer: Importer
}

/** What the open board draws on the map: a chain's firms and links, 智寻址's candidates, or an import's preview. */
export function boardOverlays(board: Board | null, { chainView, finder, zones, importer }: BoardState) {
  const chain =
    board === 'chains' ? { firms: chainView.firms, links: chainView.links, segmentId: chainView.segmentId } : null
  const sites =
    board === 'sites' && zones
      ? {
          candidates: finder.result?.candidates ?? [],
          focused: finder.focused,
          compared: finder.compared,
          zoom: finder.zoom,
          zones,
        }
      : null
  const importPreview = board === 'imports' && importer.result ? { result: importer.result, zoom: importer.zoom } : null
  return { chain, sites, importPreview }
}
