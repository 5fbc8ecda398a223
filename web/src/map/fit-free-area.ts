import { LngLatBounds, type Map as MapLibreMap } from 'maplibre-gl'

/** A desk has the filter column on the left; a phone folds it, and 280 px would leave nothing of a 390 px screen. */
const DESK_WIDTH = 900

/**
 * Padding that keeps what is fitted clear of the side panels and the board along the bottom, never more than half
 * the map either way (MapLibre zooms out to the world when the padding leaves no room).
 */
export function freeArea(map: MapLibreMap) {
  const { clientWidth: width, clientHeight: height } = map.getContainer()
  const board = document.querySelector('.board')?.getBoundingClientRect().height ?? 0
  const desk = width > DESK_WIDTH
  const bottom = Math.min(board + (desk ? 40 : 16), height * 0.5)
  return desk ? { top: 90, bottom, left: 280, right: 80 } : { top: 60, bottom, left: 16, right: 16 }
}

/** Brings geometries (any GeoJSON coordinates) into the part of the map the panels leave free. */
export function fitInFreeArea(map: MapLibreMap, geometries: readonly { coordinates: unknown }[], maxZoom: number) {
  const bounds = new LngLatBounds()
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') bounds.extend(value as [number, number])
    else if (Array.isArray(value)) value.forEach(visit)
  }
  for (const g of geometries) visit(g.coordinates)
  if (bounds.isEmpty()) return
  map.fitBounds(bounds, { padding: freeArea(map), maxZoom, duration: 600 })
}
