import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import type { FirmProperties } from './api/chains-client'
import { useApiQuery, useInvalidateAll } from './api/query'
import { loadSensitiveZones } from './api/recommend-client'
import { useSession } from './auth/session-context'
import { boardOverlays } from './board-overlays'
import { useChainView } from './chains/use-chain-view'
import { useI18n } from './i18n/i18n'
import { useImporter } from './imports/use-importer'
import { FilterPanel } from './land/filter-panel'
import { ResultTable } from './land/result-table'
import { useLandFilters } from './land/use-land-filters'
import { AtlasMapContent } from './map/atlas-map-content'
import { MapView } from './map/map-view'
import { useBlocks } from './map/use-blocks'
import { OpenBoard } from './open-board'
import { FeaturePanel, type SelectedFeature } from './panel/feature-panel'
import { type LayerGroup, type LayerVisibility, LegendPanel } from './panel/legend-panel'
import type { RankingLights } from './pipeline/ranking-lights'
import { useSiteFinder } from './sites/use-site-finder'
import { TopBar } from './top-bar'
import type { AtlasData } from './use-atlas-data'
import { type Board, useOpenBoard } from './use-open-board'
import { useSelection } from './use-selection'

const UsersPanel = lazy(() => import('./admin/users-panel').then((m) => ({ default: m.UsersPanel })))

const initialVisibility: LayerVisibility = {
  regions: true,
  parks: true,
  parcels: true,
  blocks100: false,
  blocks200: true,
  buildings: true,
  infrastructure: true,
  projects: true,
}

/** Whatever was open belonged to the previous user's view: a change of user closes it. */
function useResetOnUserChange(userKey: string, reset: (signedOut: boolean) => void) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of user resets; `reset` is a fresh closure
  useEffect(() => {
    reset(userKey === 'public')
  }, [userKey])
}

/** The open board's working state: the chain view, 智寻址 and the importer, each alive only while its board is open. */
function useBoardState(board: Board | null, onEdited: () => void) {
  const { can } = useSession()
  const finder = useSiteFinder()
  const importer = useImporter(board === 'imports' && can('imports', 'create'), onEdited)
  const chainView = useChainView(board === 'chains')
  const sitesOpen = board === 'sites'
  const zones = useApiQuery(['sensitive-zones'], () => loadSensitiveZones(), { enabled: sitesOpen }).data
  return { finder, importer, chainView, zones }
}

interface AtlasScreenProps {
  data: AtlasData | null
  error: string | null
  /** Held by the app, so the open board, layers and filters survive a visit to the sign-in page. */
  screen: ScreenState
  onIncentives: () => void
  onSignIn: () => void
}

/** The map screen: the map, the filters and legend, the open board, the result table and the side panel. */
export function AtlasScreen({ data, error, screen, onIncentives, onSignIn }: AtlasScreenProps) {
  const { t } = useI18n()
  const { session } = useSession()
  const { board, boards, selection, selected, visibility, blocks } = screen
  const regions = data?.regions.features.map((f) => f.properties).filter((r) => r.level !== 'city') ?? []
  const parks = data?.parks.features.map((f) => f.properties) ?? []
  return (
    <div className="app">
      <TopBar
        demo={Boolean(data?.config.demo)}
        openBoard={board}
        onToggleBoard={boards.toggle}
        onIncentives={onIncentives}
        onSignIn={onSignIn}
        onManageUsers={screen.manageUsers}
        onOpenLeads={() => boards.openTab('leads')}
      />
      {error && <div className="notice error">{`${t('loadError')}: ${error}`}</div>}
      {!data && !error && <div className="notice">{t('loading')}</div>}
      {selection.unreadable && (
        <div className="notice error" data-testid="link-unreadable" role="status">
          {t('link.unreadable')}
        </div>
      )}
      {data && session && (
        <MapView basemapLayers={data.config.basemap.layers} attribution={t('boundaryAttribution')}>
          <AtlasMapContent
            data={data}
            visibility={visibility}
            selected={selected}
            onSelect={selection.setSelected}
            filters={screen.land.filters}
            zoomTo={selection.zoomTo}
            blocks={blocks}
            rankingLights={screen.rankingLights}
            {...boardOverlays(board, screen.boardState)}
          />
        </MapView>
      )}
      <div className="side-stack">
        <FilterPanel filters={screen.land.filters} onChange={screen.land.setFilters} regions={regions} parks={parks} />
        <LegendPanel visibility={visibility} onToggle={screen.toggleLayer} />
      </div>
      <OpenBoard
        board={board}
        tab={boards.tab}
        onClose={boards.close}
        besidePanel={Boolean(selected) || screen.usersOpen}
        {...screen.boardState}
        regions={regions}
        parks={parks}
        onPickProject={selection.pickProject}
        onPickFirm={screen.pickFirm}
        onPickParcel={selection.zoomToParcel}
        onPickBuilding={selection.pickBuilding}
        onRankingLights={screen.setRankingLights}
      />
      {data && session && !board && (
        <ResultTable
          filters={screen.land.filters}
          selectedId={selected?.kind === 'parcel' ? selected.properties.id : null}
          onFilters={screen.land.setFilters}
          onPick={selection.pickFromTable}
          onPickBlock={selection.pickBlock}
          onOpenSites={() => boards.toggle('sites')}
        />
      )}
      <SidePanel screen={screen} />
    </div>
  )
}

/** The users panel, or the selected feature's panel. */
function SidePanel({ screen }: { screen: ScreenState }) {
  const { selected, setSelected } = screen.selection
  if (screen.usersOpen) {
    return (
      <Suspense fallback={null}>
        <UsersPanel onClose={() => screen.setUsersOpen(false)} />
      </Suspense>
    )
  }
  if (!selected) return null
  const changed = (feature: SelectedFeature) => {
    setSelected(feature)
    screen.edited()
  }
  return (
    <FeaturePanel selected={selected} blocks={screen.blocks} onClose={() => setSelected(null)} onChanged={changed} />
  )
}

/** The screen's state: the open board, layers, selection, edits (which reload what staff see) and the boards' work. */
export type ScreenState = ReturnType<typeof useScreenState>

export function useScreenState() {
  const { session } = useSession()
  const boards = useOpenBoard()
  const { board } = boards
  const { visibility, toggleLayer } = useLayerVisibility()
  const [rankingLights, setRankingLights] = useState<RankingLights | null>(null)
  const land = useLandFilters()
  const selection = useSelection()
  const { selected, setSelected } = selection
  const { usersOpen, setUsersOpen, manageUsers } = useUsersPanel(setSelected)
  const userKey = session?.user ? `${session.user.id}:${session.user.role}` : 'public'
  useResetOnUserChange(userKey, (signedOut) => {
    selection.readAgain()
    setUsersOpen(false)
    // The pipeline is staff-only; a board named in the URL stays open for the sign-in that follows.
    if (signedOut && board === 'pipeline') boards.close()
  })
  const edited = useInvalidateAll()
  const boardState = useBoardState(board, edited)
  const pickFirm = usePickFirm(boardState.chainView, setSelected)
  useExplainSelectedParcel(board === 'sites', selected, boardState.finder.explain)
  const blocks = useBlocks(visibility.blocks100 || visibility.blocks200)
  return {
    board,
    boards,
    visibility,
    toggleLayer,
    usersOpen,
    setUsersOpen,
    manageUsers,
    rankingLights,
    setRankingLights,
    land,
    selection,
    selected,
    edited,
    boardState,
    pickFirm,
    blocks,
  }
}

/** Which layers are on; the legend's checkboxes toggle them. */
function useLayerVisibility() {
  const [visibility, setVisibility] = useState(initialVisibility)
  const toggleLayer = useCallback((group: LayerGroup) => setVisibility((v) => ({ ...v, [group]: !v[group] })), [])
  return { visibility, toggleLayer }
}

/** The users panel takes the side panel's place: opening it closes the selected feature. */
function useUsersPanel(setSelected: (feature: SelectedFeature | null) => void) {
  const [usersOpen, setUsersOpen] = useState(false)
  const manageUsers = useCallback(() => {
    setSelected(null)
    setUsersOpen(true)
  }, [setSelected])
  return { usersOpen, setUsersOpen, manageUsers }
}

/** A firm picked on the chain board (by id) or on the map (with its properties) opens in the side panel. */
function usePickFirm(chainView: ReturnType<typeof useChainView>, setSelected: (feature: SelectedFeature) => void) {
  return useCallback(
    (picked: number | FirmProperties) => {
      const properties =
        typeof picked === 'number' ? chainView.firms.features.find((f) => f.id === picked)?.properties : picked
      if (properties) setSelected({ kind: 'enterprise', properties })
    },
    [chainView.firms, setSelected],
  )
}

/** While 智寻址 is open, a parcel picked on the map is explained: why it is, or is not, a candidate. */
function useExplainSelectedParcel(
  open: boolean,
  selected: SelectedFeature | null,
  explain: (id: number | null) => void,
) {
  const selectedParcel = selected?.kind === 'parcel' ? selected.properties.id : null
  useEffect(() => {
    if (open) explain(selectedParcel)
  }, [open, selectedParcel, explain])
}
