import { LngLatBounds, type Map as MapLibreMap } from 'maplibre-gl'

/** Padding that keeps what is fitted clear of the side panels and the board along the bottom. */
export function freeArea(map: MapLibreMap) {
  const board = document.querySelector('.board')?.getBoundingClientRect().height ?? 0
  return { top: 90, bottom: Math.min(board + 40, map.getContainer().clientHeight * 0.7), left: 280, right: 80 }
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
