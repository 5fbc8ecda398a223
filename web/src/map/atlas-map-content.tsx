import { useMemo, useState } from 'react'
import type { FirmCollection, LinkCollection } from '../api/chains-client'
import type { BlockCollection } from '../api/client'
import type { ImportResult } from '../api/imports-client'
import type { SiteCandidate, ZoneCollection } from '../api/recommend-client'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import { filtersToQuery, type LandFilters } from '../land/land-filters'
import { parcelFilterExpression } from '../land/parcel-filter-expression'
import { usePlacesNamed } from '../land/use-places-named'
import type { SelectedFeature } from '../panel/feature-panel'
import type { LayerVisibility } from '../panel/legend-panel'
import type { RankingLights } from '../pipeline/ranking-lights'
import { type AtlasData, useLabelPoints } from '../use-atlas-data'
import { BuildingLayers } from './building-layers'
import { ChainLayers } from './chain-layers'
import { ContextLayers } from './context-layers'
import { ImportLayers } from './import-layers'
import { BlockLayers, ParcelLayers, ParcelOverviewLayers } from './land-layers'
import { LayerSlots } from './layer-slots'
import { useMap } from './map-context'
import { MeasureTool } from './measure-tool'
import { ParkLayers, RegionLayers } from './place-layers'
import { InfrastructureLayers, ProjectLayers } from './point-layers'
import { SiteLayers } from './site-layers'
import { UnitRankingLayer } from './unit-ranking-layer'
import { useFitToResults } from './use-fit-to-results'
import { useMapSelection } from './use-map-selection'
import { useParcelTiles } from './use-parcel-tiles'
import { usePickedFeature } from './use-picked-feature'
import { useProjects } from './use-projects'
import { useZoomToParcel, type ZoomRequest } from './use-zoom-to-parcel'

interface Props {
  data: AtlasData
  visibility: LayerVisibility
  selected: SelectedFeature | null
  onSelect: (feature: SelectedFeature | null) => void
  /** The land filters: the map shows what the table lists. */
  filters: LandFilters
  zoomTo: ZoomRequest | null
  blocks: BlockCollection
  /** While the ranking is open: each jurisdiction's light, for the choropleth. */
  rankingLights: RankingLights | null
  /** While the chain board is open: the chain's firms, and the chosen segment's links and hulls. */
  chain: { firms: FirmCollection; links: LinkCollection; segmentId: number | null } | null
  /** While the site finder is open: its candidates, which are hovered or compared, and the sensitive zones. */
  sites: {
    candidates: readonly SiteCandidate[]
    focused: number | null
    compared: readonly number[]
    zoom: { rank: number; nonce: number } | null
    zones: ZoneCollection
  } | null
  /** While the upload dialog shows a dry run: its outlines, and the report row picked. */
  importPreview: { result: ImportResult; zoom: { row: number; nonce: number } | null } | null
}

const NO_FIRMS: FirmCollection = { type: 'FeatureCollection', features: [] }

/** The overview's tiles for this search: the parcel tiles' address with the land list's filters (not its order). */
function overviewTiles(parcelTiles: string, filters: LandFilters): string {
  const { sort: _sort, ...query } = filtersToQuery(filters)
  const search = new URLSearchParams(query).toString()
  return search ? `${parcelTiles}&${search}` : parcelTiles
}

/** Everything drawn on the map; lives inside <MapView> so it can reach the map instance. */
export function AtlasMapContent({
  data,
  visibility,
  selected,
  onSelect,
  filters,
  zoomTo,
  blocks,
  rankingLights,
  chain,
  sites,
  importPreview,
}: Props) {
  const map = useMap()
  const { lang } = useI18n()
  const { can } = useSession()
  const parcelTiles = useParcelTiles()
  const places = usePlacesNamed(filters.q)
  const parcelFilter = useMemo(() => parcelFilterExpression(filters, places ?? undefined), [filters, places])
  useZoomToParcel(map, zoomTo)
  useFitToResults(map, filters, zoomTo)
  const projects = useProjects(can('projects', 'read'))
  const [measuring, setMeasuring] = useState(false)
  const selection = useMapSelection(map, measuring)
  const regionLabels = useLabelPoints(data.regions)
  const parkLabels = useLabelPoints(data.parks)
  const firms = chain?.firms ?? NO_FIRMS
  usePickedFeature(selection, data, { projects, blocks, firms }, onSelect)
  const selectedId = (kind: SelectedFeature['kind']) => (selected?.kind === kind ? selected.properties.id : null)
  return (
    <>
      <LayerSlots />
      <ContextLayers visible={data.config.basemap.layers.length === 0} lang={lang} />
      <RegionLayers
        data={data.regions}
        labels={regionLabels}
        lang={lang}
        visible={visibility.regions}
        rankingLights={rankingLights?.level === 'board' ? rankingLights.lights : null}
      />
      <UnitRankingLayer lights={rankingLights && rankingLights.level !== 'board' ? rankingLights.lights : null} />
      <ParkLayers
        data={data.parks}
        labels={parkLabels}
        lang={lang}
        visible={visibility.parks}
        selectedId={selectedId('park')}
      />
      <ParcelLayers
        tiles={parcelTiles}
        filter={parcelFilter}
        lang={lang}
        visible={visibility.parcels}
        selectedId={selectedId('parcel')}
      />
      <ParcelOverviewLayers
        tiles={overviewTiles(parcelTiles, filters)}
        sumsStatuses={filters.status.length > 0}
        visible={visibility.parcels}
        lang={lang}
      />
      <BlockLayers data={blocks} lang={lang} show100={visibility.blocks100} show200={visibility.blocks200} />
      <BuildingLayers
        data={data.buildings}
        lang={lang}
        visible={visibility.buildings}
        selectedId={selectedId('building')}
      />
      <InfrastructureLayers data={data.infrastructure} lang={lang} visible={visibility.infrastructure} />
      <ProjectLayers data={projects} visible={visibility.projects} selectedId={selectedId('project')} />
      <BoardLayers sites={sites} importPreview={importPreview} chain={chain} lang={lang} />
      <MeasureTool active={measuring} onActiveChange={setMeasuring} />
    </>
  )
}

/** What an open board adds: the site finder's candidates, an import's dry run, a chain's firms and links. */
function BoardLayers({
  sites,
  importPreview,
  chain,
  lang,
}: Pick<Props, 'sites' | 'importPreview' | 'chain'> & { lang: 'zh' | 'en' }) {
  return (
    <>
      {sites && (
        <SiteLayers
          candidates={sites.candidates}
          focused={sites.focused}
          compared={sites.compared}
          zoom={sites.zoom}
          zones={sites.zones}
        />
      )}
      {importPreview && <ImportLayers result={importPreview.result} zoom={importPreview.zoom} />}
      {chain && <ChainLayers firms={chain.firms} links={chain.links} segmentId={chain.segmentId} lang={lang} />}
    </>
  )
}
