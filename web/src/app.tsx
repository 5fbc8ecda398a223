import { useCallback, useEffect, useState } from 'react'
import { UsersPanel } from './admin/users-panel'
import type { FirmProperties } from './api/chains-client'
import type { ParcelProperties, ProjectProperties } from './api/client'
import { loadSensitiveZones } from './api/recommend-client'
import { loadProjectRecord } from './api/staff-client'
import { useApiData } from './api/use-api-data'
import { useSession } from './auth/session-context'
import { SignInPage } from './auth/sign-in-page'
import { UserMenu } from './auth/user-menu'
import { ChainPanel } from './chains/chain-panel'
import { useChainView } from './chains/use-chain-view'
import { useI18n } from './i18n/i18n'
import { ImportBoard } from './imports/import-board'
import { useImporter } from './imports/use-importer'
import { IncentivesPage } from './incentives/incentives-page'
import { FilterPanel } from './land/filter-panel'
import { ResultTable } from './land/result-table'
import { useLandFilters } from './land/use-land-filters'
import { AtlasMapContent } from './map/atlas-map-content'
import { MapView } from './map/map-view'
import { useBlocks } from './map/use-blocks'
import type { ZoomRequest } from './map/use-zoom-to-parcel'
import { FeaturePanel, type SelectedFeature } from './panel/feature-panel'
import { type LayerGroup, type LayerVisibility, LegendPanel } from './panel/legend-panel'
import type { Light } from './pipeline/light-dot'
import { type BoardTab, PipelineBoard } from './pipeline/pipeline-board'
import { SiteSheet, sheetTargetOf } from './sheet/site-sheet'
import { SiteFinderBoard } from './sites/site-finder'
import { useSiteFinder } from './sites/use-site-finder'
import { useAtlasData } from './use-atlas-data'

const initialVisibility: LayerVisibility = {
  regions: true,
  parks: true,
  parcels: true,
  blocks100: false,
  blocks200: true,
  infrastructure: true,
  projects: true,
}
const SIGN_IN_PATH = '/signin'
const INCENTIVES_PATH = '/incentives'
const boardTabs: readonly BoardTab[] = ['lists', 'warnings', 'supply', 'ranking']
/** `?board=supply` opens the board on that tab: a link a planner can share. */
const initialChainsOpen = () => new URLSearchParams(window.location.search).get('board') === 'chains'
const initialSitesOpen = () => new URLSearchParams(window.location.search).get('board') === 'sites'
const initialImportsOpen = () => new URLSearchParams(window.location.search).get('board') === 'imports'
const initialBoardTab = (): BoardTab | null => {
  const wanted = new URLSearchParams(window.location.search).get('board')
  return boardTabs.find((tab) => tab === wanted) ?? null
}

/** `/signin` is the sign-in page; every other path is the map (the hash keeps the view). */
function usePage() {
  const [path, setPath] = useState(window.location.pathname)
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname)
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])
  const go = useCallback((next: string) => {
    window.history.pushState(null, '', `${next}${window.location.hash}`)
    setPath(next)
  }, [])
  return { signingIn: path === SIGN_IN_PATH, incentives: path === INCENTIVES_PATH, sheet: sheetTargetOf(path), go }
}

export function App() {
  const { t, lang, setLang } = useI18n()
  const { data, error } = useAtlasData()
  const { session, can } = useSession()
  const { signingIn, incentives, sheet, go } = usePage()
  const [visibility, setVisibility] = useState(initialVisibility)
  const [selected, setSelected] = useState<SelectedFeature | null>(null)
  const [usersOpen, setUsersOpen] = useState(false)
  const [edits, setEdits] = useState(0)
  const { filters, setFilters, query } = useLandFilters()
  const [zoomTo, setZoomTo] = useState<ZoomRequest | null>(null)
  const [board, setBoard] = useState<BoardTab | null>(initialBoardTab)
  const [rankingLights, setRankingLights] = useState<Map<number, Light> | null>(null)
  const [chainsOpen, setChainsOpen] = useState(initialChainsOpen)
  const [sitesOpen, setSitesOpen] = useState(initialSitesOpen)
  const [importsOpen, setImportsOpen] = useState(initialImportsOpen)
  const finder = useSiteFinder()
  const importer = useImporter(
    importsOpen && can('imports', 'create'),
    useCallback(() => setEdits((n) => n + 1), []),
  )
  const zones = useApiData(() => (sitesOpen ? loadSensitiveZones() : Promise.resolve(null)), `zones-${sitesOpen}`).data
  const openOnly = useCallback((which: 'board' | 'chains' | 'sites' | 'imports' | null) => {
    if (which !== 'board') setBoard(null)
    if (which !== 'chains') setChainsOpen(false)
    if (which !== 'sites') setSitesOpen(false)
    if (which !== 'imports') setImportsOpen(false)
  }, [])
  const pickFromTable = useCallback((properties: ParcelProperties) => {
    setSelected({ kind: 'parcel', properties })
    setZoomTo((previous) => ({ parcelId: properties.id, nonce: (previous?.nonce ?? 0) + 1 }))
  }, [])
  const pickProject = useCallback((project: ProjectProperties | number) => {
    if (typeof project !== 'number') return setSelected({ kind: 'project', properties: project })
    loadProjectRecord<ProjectProperties>(project).then(
      ({ body }) => setSelected({ kind: 'project', properties: body.properties }),
      () => undefined,
    )
  }, [])
  const toggle = useCallback((group: LayerGroup) => setVisibility((v) => ({ ...v, [group]: !v[group] })), [])
  const onChanged = useCallback((feature: SelectedFeature) => {
    setSelected(feature)
    setEdits((n) => n + 1)
  }, [])
  const userKey = session?.user ? `${session.user.id}:${session.user.role}` : 'public'
  // Whatever was open belonged to the previous user's view.
  useEffect(() => {
    setSelected(null)
    setUsersOpen(false)
    if (userKey === 'public') setBoard(null)
  }, [userKey])
  const revision = `${userKey}/${edits}`
  const chainView = useChainView(chainsOpen, revision)
  const pickFirm = useCallback(
    (picked: number | FirmProperties) => {
      const properties =
        typeof picked === 'number' ? chainView.firms.features.find((f) => f.id === picked)?.properties : picked
      if (properties) setSelected({ kind: 'enterprise', properties })
    },
    [chainView.firms],
  )
  const selectedParcel = selected?.kind === 'parcel' ? selected.properties.id : null
  const { explain } = finder
  useEffect(() => {
    if (sitesOpen) explain(selectedParcel)
  }, [sitesOpen, selectedParcel, explain])
  const zoomToParcel = useCallback(
    (parcelId: number) => setZoomTo((previous) => ({ parcelId, nonce: (previous?.nonce ?? 0) + 1 })),
    [],
  )
  const blocks = useBlocks(visibility.blocks100 || visibility.blocks200, revision)
  if (sheet) return <SiteSheet target={sheet} />
  if (incentives) return <IncentivesPage onBack={() => go('/')} />
  if (signingIn) return <SignInPage config={data?.config ?? null} onDone={() => go('/')} />
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <span className="subtitle">{t('appSubtitle')}</span>
          {data?.config.demo && (
            <span className="demo-badge" title={t('demoNote')} data-testid="demo-badge">
              {t('demoBadge')}
            </span>
          )}
        </div>
        <div className="topbar-actions">
          <button
            type="button"
            className="board-open"
            onClick={() => go(INCENTIVES_PATH)}
            data-testid="incentives-open"
          >
            {t('incentives.open')}
          </button>
          <button
            type="button"
            className="board-open"
            onClick={() => {
              openOnly('sites')
              setSitesOpen(!sitesOpen)
            }}
            aria-pressed={sitesOpen}
            data-testid="sites-open"
          >
            {t('sites.open')}
          </button>
          <button
            type="button"
            className="board-open"
            onClick={() => {
              openOnly('chains')
              setChainsOpen(!chainsOpen)
            }}
            aria-pressed={chainsOpen}
            data-testid="chains-open"
          >
            {t('chains.open')}
          </button>
          {can('imports', 'create') && (
            <button
              type="button"
              className="board-open"
              onClick={() => {
                openOnly('imports')
                setImportsOpen(!importsOpen)
              }}
              aria-pressed={importsOpen}
              data-testid="imports-open"
            >
              {t('imports.open')}
            </button>
          )}
          {can('projects', 'read') && (
            <button
              type="button"
              className="board-open"
              onClick={() => {
                openOnly('board')
                setBoard(board ? null : 'lists')
              }}
              aria-pressed={board !== null}
              data-testid="board-open"
            >
              {t('board.open')}
            </button>
          )}
          <UserMenu
            onSignIn={() => go(SIGN_IN_PATH)}
            onManageUsers={() => {
              setSelected(null)
              setUsersOpen(true)
            }}
          />
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
      {error && <div className="notice error">{`${t('loadError')}: ${error}`}</div>}
      {!data && !error && <div className="notice">{t('loading')}</div>}
      {data && session && (
        <MapView basemapLayers={data.config.basemap.layers} attribution={t('boundaryAttribution')}>
          <AtlasMapContent
            data={data}
            visibility={visibility}
            selected={selected}
            onSelect={setSelected}
            revision={revision}
            filters={query}
            zoomTo={zoomTo}
            blocks={blocks}
            rankingLights={rankingLights}
            chain={
              chainsOpen ? { firms: chainView.firms, links: chainView.links, segmentId: chainView.segmentId } : null
            }
            sites={
              sitesOpen && zones
                ? {
                    candidates: finder.result?.candidates ?? [],
                    focused: finder.focused,
                    compared: finder.compared,
                    zoom: finder.zoom,
                    zones,
                  }
                : null
            }
            importPreview={importsOpen && importer.result ? { result: importer.result, zoom: importer.zoom } : null}
          />
        </MapView>
      )}
      <div className="side-stack">
        <FilterPanel
          filters={filters}
          onChange={setFilters}
          regions={data?.regions.features.map((f) => f.properties).filter((r) => r.level !== 'city') ?? []}
          parks={data?.parks.features.map((f) => f.properties) ?? []}
        />
        <LegendPanel visibility={visibility} onToggle={toggle} />
      </div>
      {board && can('projects', 'read') && (
        <PipelineBoard
          revision={revision}
          initialTab={board}
          onClose={() => setBoard(null)}
          onPickProject={pickProject}
          onRankingLights={setRankingLights}
          besidePanel={Boolean(selected) || usersOpen}
        />
      )}
      {chainsOpen && (
        <ChainPanel
          view={chainView}
          onClose={() => setChainsOpen(false)}
          onPickFirm={pickFirm}
          onPickParcel={zoomToParcel}
          besidePanel={Boolean(selected) || usersOpen}
        />
      )}
      {sitesOpen && (
        <SiteFinderBoard
          finder={finder}
          onClose={() => setSitesOpen(false)}
          besidePanel={Boolean(selected) || usersOpen}
          regions={data?.regions.features.map((f) => f.properties).filter((r) => r.level !== 'city') ?? []}
          parks={data?.parks.features.map((f) => f.properties) ?? []}
        />
      )}
      {importsOpen && can('imports', 'create') && (
        <ImportBoard
          importer={importer}
          onClose={() => setImportsOpen(false)}
          besidePanel={Boolean(selected) || usersOpen}
        />
      )}
      {data && session && !board && !chainsOpen && !sitesOpen && !importsOpen && (
        <ResultTable
          filters={filters}
          revision={revision}
          selectedId={selected?.kind === 'parcel' ? selected.properties.id : null}
          onSort={(sort) => setFilters({ ...filters, sort })}
          onPick={pickFromTable}
        />
      )}
      {usersOpen && <UsersPanel onClose={() => setUsersOpen(false)} />}
      {!usersOpen && selected && (
        <FeaturePanel selected={selected} blocks={blocks} onClose={() => setSelected(null)} onChanged={onChanged} />
      )}
    </div>
  )
}
