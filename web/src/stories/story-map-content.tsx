import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useMemo } from 'react'
import { type BlockCollection, loadBlocks } from '../api/client'
import { useApiQuery } from '../api/query'
import type { PresentedScene } from '../api/stories-client'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import { ContextLayers } from '../map/context-layers'
import { BlockLayers, ParcelLayers } from '../map/land-layers'
import { LayerSlots } from '../map/layer-slots'
import { useMap } from '../map/map-context'
import { ParkLayers, RegionLayers } from '../map/place-layers'
import { InfrastructureLayers, ProjectLayers } from '../map/point-layers'
import { useParcelTiles } from '../map/use-parcel-tiles'
import { useProjects } from '../map/use-projects'
import { type AtlasData, useLabelPoints } from '../use-atlas-data'
import { HighlightLayers } from './highlight-layers'

const NO_BLOCKS: BlockCollection = { type: 'FeatureCollection', features: [] }

interface Props {
  data: AtlasData
  scene: PresentedScene
  /** Jump instead of flying: the handout takes one still per scene. */
  instant: boolean
  /** Called once the map has arrived at the scene and drawn everything (map idle). */
  onArrived: () => void
}

/** The story's map: the atlas's own layers, switched per scene, the scene's highlights on top; it flies to each view. */
export function StoryMapContent({ data, scene, instant, onArrived }: Props) {
  const { lang } = useI18n()
  const { can } = useSession()
  const on = (layer: PresentedScene['layers'][number]) => scene.layers.includes(layer)
  const parcelTiles = useParcelTiles()
  const { data: blocks } = useApiQuery(['blocks', 100], () => loadBlocks(100), { enabled: on('blocks') })
  const projects = useProjects(can('projects', 'read') && on('projects'))
  const regionLabels = useLabelPoints(data.regions)
  const parkLabels = useLabelPoints(data.parks)
  useSceneView(scene, instant, onArrived)
  const lights = useMemo(
    () => (scene.region_lights ? new Map(scene.region_lights.map((r) => [r.region_id, r.light])) : null),
    [scene],
  )
  return (
    <>
      <LayerSlots />
      <ContextLayers visible={data.config.basemap.layers.length === 0} lang={lang} />
      <RegionLayers data={data.regions} labels={regionLabels} lang={lang} visible rankingLights={lights} />
      <ParkLayers data={data.parks} labels={parkLabels} lang={lang} visible={on('parks')} selectedId={null} />
      <ParcelLayers tiles={parcelTiles} filter={null} lang={lang} visible={on('parcels')} selectedId={null} />
      <BlockLayers data={blocks ?? NO_BLOCKS} lang={lang} show100={on('blocks')} show200={on('blocks')} />
      <InfrastructureLayers data={data.infrastructure} lang={lang} visible={on('infrastructure')} />
      <ProjectLayers data={projects} visible={on('projects')} selectedId={null} />
      <HighlightLayers features={scene.features} lang={lang} />
    </>
  )
}

/** Flies to the scene's view (jumps when asked, or when the reader prefers less motion) and reports arrival. */
function useSceneView(scene: PresentedScene, instant: boolean, onArrived: () => void) {
  const map = useMap()
  const view = scene.view
  // biome-ignore lint/correctness/useExhaustiveDependencies: each scene arrives anew, even one with the last one's view
  useEffect(() => {
    const still = instant || window.matchMedia('(prefers-reduced-motion: reduce)').matches
    const target = { center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }
    let arrived = false
    const arrive = () => {
      if (arrived) return
      arrived = true
      onArrived()
    }
    // A repaint makes sure an idle follows even when nothing moves (two scenes with one view, layers switched).
    const waitIdle = () => {
      map.once('idle', arrive)
      map.triggerRepaint()
    }
    if (still || atView(map, target)) {
      map.jumpTo(target)
      waitIdle()
    } else {
      map.once('moveend', waitIdle)
      map.flyTo({ ...target, duration: 2400, essential: true })
    }
    return () => {
      arrived = true
    }
  }, [map, scene, instant])
}

/** Whether the map already shows this view (a flight to it would not move and would end at once). */
function atView(map: MapLibreMap, view: { center: [number, number]; zoom: number; bearing: number; pitch: number }) {
  const centre = map.getCenter()
  const close = (a: number, b: number, tolerance: number) => Math.abs(a - b) < tolerance
  return (
    close(centre.lng, view.center[0], 1e-6) &&
    close(centre.lat, view.center[1], 1e-6) &&
    close(map.getZoom(), view.zoom, 1e-3) &&
    close(map.getBearing(), view.bearing, 0.1) &&
    close(map.getPitch(), view.pitch, 0.1)
  )
}
