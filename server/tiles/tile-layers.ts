import type { Context } from 'hono'
import type { Resource } from '../auth/policy.js'
import { enterpriseAudience } from '../chains/chain-audience.js'
import type { DbOrTrx } from '../db/database.js'
import type { AppEnv } from '../http/app-env.js'
import { landAudience } from '../land/land-audience.js'
import { LAND_TABLES, type RevisedTable } from '../land/land-revision.repo.js'
import type { LandFilter } from '../land/parcel-search.repo.js'
import { blockSource } from './block-tiles.js'
import { contextSource, enterpriseSource, projectSource } from './feature-tiles.repo.js'
import type { TileAddress } from './tile-coords.js'
import type { TileLayerSource } from './tile-sql.js'
import { PARCEL_OUTLINE_MIN_ZOOM } from './tile-zooms.js'
import { overviewSource, parcelSource } from './tiles.repo.js'

/** The tile layers, by the names the path and the tiles themselves use (parcels also hold `parcels_overview`). */
export const tileLayers = ['parcels', 'blocks', 'enterprises', 'projects', 'context'] as const
export type TileLayer = (typeof tileLayers)[number]
/** Whose tile it is: the same address gives the public's tile or the staff's, cached apart. */
export type TileAudience = 'public' | 'staff'

interface TileLayerRule {
  /** Who may have this layer at all: its JSON twin's rule (401/403 otherwise). */
  resource: Resource
  /** Whose tile to make for a reader the rule admits. */
  audience: (c: Context<AppEnv>) => TileAudience
  /** The tables whose revision the tile's ETag and cache key follow. */
  tables: readonly RevisedTable[]
  /** `filter`: the 找地 filters, which select the land of the parcels layer; the other layers take none. */
  source: (
    db: DbOrTrx,
    tile: TileAddress,
    audience: TileAudience,
    filter: LandFilter,
  ) => TileLayerSource | Promise<TileLayerSource>
}

const staffOnly = (): TileAudience => 'staff'
const everyoneAlike = (): TileAudience => 'public'

/** Each layer's access rule is its JSON twin's: one rule for what each audience may see, whatever the format. */
const rules: Record<TileLayer, TileLayerRule> = {
  parcels: {
    resource: 'parcels',
    audience: landAudience,
    tables: LAND_TABLES,
    source: (db, tile, audience, filter) =>
      tile.z >= PARCEL_OUTLINE_MIN_ZOOM
        ? parcelSource(db, audience, tile, filter)
        : overviewSource(db, audience, tile, filter),
  },
  blocks: {
    resource: 'parcels',
    audience: landAudience,
    tables: LAND_TABLES,
    source: (db, tile, audience) => blockSource(db, audience, tile),
  },
  enterprises: {
    resource: 'enterprises',
    audience: enterpriseAudience,
    tables: ['enterprises'],
    source: (db, tile, audience) => enterpriseSource(db, audience, tile),
  },
  projects: {
    resource: 'projects',
    audience: staffOnly,
    tables: ['projects'],
    source: (db, tile) => projectSource(db, tile),
  },
  context: {
    resource: 'regions',
    audience: everyoneAlike,
    tables: ['context_features'],
    source: (db, tile) => contextSource(db, tile),
  },
}

export const tileLayerRule = (layer: TileLayer): TileLayerRule => rules[layer]
