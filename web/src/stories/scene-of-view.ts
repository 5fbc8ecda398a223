import type { SceneInput } from '../api/stories-client'

/** The main map's current view as a new scene: the presenter then writes its title and caption. */
export function sceneOfMapView(): SceneInput {
  const map = window.atlasMap
  const centre = map?.getCenter()
  const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits
  return {
    title_zh: '新场景',
    title_en: 'New scene',
    view: {
      center: [round(centre?.lng ?? 121.55, 5), round(centre?.lat ?? 29.87, 5)],
      zoom: round(map?.getZoom() ?? 9, 2),
      bearing: round(map?.getBearing() ?? 0, 1),
      pitch: round(map?.getPitch() ?? 0, 1),
    },
    layers: ['parcels', 'parks', 'infrastructure'],
    figures: { kind: 'land' },
  }
}
