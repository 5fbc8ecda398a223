import { fromVectorTileJs, GeoJSONWrapper } from '@maplibre/vt-pbf'
import { TILE_EXTENT } from './tile-coords.js'

/** A feature already in tile coordinates (0…4096, y down), with the properties it carries. */
export interface TileFeature {
  id: number
  geometry: GeoJSON.Geometry
  properties: Record<string, unknown>
}

type Ring = [number, number][]
type VtFeature = ConstructorParameters<typeof GeoJSONWrapper>[0][number]

const POINT = 1
const LINE = 2
const POLYGON = 3

/** The vector-tile shape of a geometry: its type and its parts (points, lines, or rings of every polygon). */
function partsOf(geometry: GeoJSON.Geometry): { type: 1 | 2 | 3; parts: Ring[] } | null {
  switch (geometry.type) {
    case 'Point':
      return { type: POINT, parts: [[geometry.coordinates as [number, number]]] }
    case 'MultiPoint':
      return { type: POINT, parts: [geometry.coordinates as Ring] }
    case 'LineString':
      return { type: LINE, parts: [geometry.coordinates as Ring] }
    case 'MultiLineString':
      return { type: LINE, parts: geometry.coordinates as Ring[] }
    case 'Polygon':
      return { type: POLYGON, parts: geometry.coordinates as Ring[] }
    case 'MultiPolygon':
      return { type: POLYGON, parts: (geometry.coordinates as Ring[][]).flat() }
    default:
      return null
  }
}

function toVtFeature(feature: TileFeature): VtFeature | null {
  const shape = partsOf(feature.geometry)
  if (!shape || shape.parts.length === 0) return null
  const tags = Object.fromEntries(Object.entries(feature.properties).filter(([, value]) => value !== null))
  // A point tile feature lists its points as one part; lines and polygons list their parts.
  const geometry = shape.type === POINT ? shape.parts.flat() : shape.parts
  return { id: feature.id, type: shape.type, geometry, tags } as VtFeature
}

/**
 * Mapbox Vector Tile bytes for named layers (the encoding PGlite needs, having no ST_AsMVT). Rings must already wind
 * as the specification wants (outer rings clockwise on screen); null properties are left out, as ST_AsMVT does.
 */
export function encodeTile(layers: Record<string, TileFeature[]>): Uint8Array {
  const tile: { layers: Record<string, GeoJSONWrapper> } = { layers: {} }
  for (const [name, features] of Object.entries(layers)) {
    const wrapper = new GeoJSONWrapper(
      features.map(toVtFeature).filter((f): f is VtFeature => f !== null),
      { version: 2, extent: TILE_EXTENT },
    )
    wrapper.name = name
    tile.layers[name] = wrapper
  }
  return fromVectorTileJs(tile)
}
