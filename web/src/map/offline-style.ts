import type { StyleSpecification } from 'maplibre-gl'

export interface BasemapLayerConfig {
  id: string
  tiles: string[]
  attribution: string
  maxzoom: number
}

export const BACKGROUND_COLOR = '#eef1ec'

/** The base style: no glyphs URL (labels use the system's fonts, CJK included), no sprite, no
 * network — an online raster basemap is added only when the server is configured for one. */
export function buildBaseStyle(basemapLayers: readonly BasemapLayerConfig[]): StyleSpecification {
  return {
    version: 8,
    sources: Object.fromEntries(
      basemapLayers.map((layer) => [
        layer.id,
        { type: 'raster', tiles: layer.tiles, tileSize: 256, maxzoom: layer.maxzoom, attribution: layer.attribution },
      ]),
    ),
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOR } },
      ...basemapLayers.map((layer) => ({ id: `basemap-${layer.id}`, type: 'raster' as const, source: layer.id })),
    ],
  }
}

/** Ningbo's extent with a margin: the first view when the URL carries none. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [120.9, 28.85],
  [122.3, 30.45],
]
