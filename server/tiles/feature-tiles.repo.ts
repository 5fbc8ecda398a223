import { sql } from 'kysely'
import { type EnterpriseAudience, enterprisePropertiesFor, visibleEnterprises } from '../chains/enterprises.repo.js'
import type { DbOrTrx } from '../db/database.js'
import type { TileAddress } from './tile-coords.js'
import { allowedColumns, reachesInto, type TileLayerSource } from './tile-sql.js'

/**
 * What a firm's point carries: what the chain map colours and filters on. Picked from the audience's own allowlist,
 * so the staff keys (status, contact_stage) are absent from the public's tiles, which hold existing firms only. Only
 * the firm's own columns: its tiles follow the firms' revision (a segment's tier is read from the chain instead).
 */
export const ENTERPRISE_TILE_KEYS = [
  'name',
  'name_en',
  'chain_id',
  'segment_id',
  'park_id',
  'is_chain_master',
  'status',
  'contact_stage',
] as const

export function enterpriseSource(db: DbOrTrx, audience: EnterpriseAudience, tile: TileAddress): TileLayerSource {
  const { keys, columns } = allowedColumns(ENTERPRISE_TILE_KEYS, enterprisePropertiesFor(audience))
  const rows = visibleEnterprises(db, audience)
    .select(sql<number>`e.id`.as('id'))
    .select(columns)
    .select(sql`e.geom`.as('source_geom'))
    .where(reachesInto('e.geom', tile))
  return { name: 'enterprises', properties: keys, rows }
}

/** A project's point, for staff only (the route refuses everyone else): what the pipeline map colours on. */
export const PROJECT_TILE_KEYS = [
  'code',
  'name',
  'stage',
  'industry',
  'land_category',
  'land_need_mu',
  'park_id',
] as const

export function projectSource(db: DbOrTrx, tile: TileAddress): TileLayerSource {
  const rows = db
    .selectFrom('projects as j')
    .select([
      'j.id',
      'j.code',
      'j.name',
      'j.stage',
      'j.industry',
      'j.land_category',
      'j.park_id',
      sql<number | null>`j.land_need_mu::float8`.as('land_need_mu'),
      sql`j.geom`.as('source_geom'),
    ])
    .where(reachesInto('j.geom', tile))
  return { name: 'projects', properties: PROJECT_TILE_KEYS, rows }
}

/** The city's own lines and areas under everything: roads by class, railways, rivers, water, built-up areas. */
export const CONTEXT_TILE_KEYS = ['kind', 'name', 'name_en', 'is_demo'] as const

/** Minor roads only where a street is legible: a city's thousands of them would fill every low-zoom tile. */
const MINOR_ROAD_MIN_ZOOM = 12

export function contextSource(db: DbOrTrx, tile: TileAddress): TileLayerSource {
  let rows = db
    .selectFrom('context_features as c')
    .select(['c.id', 'c.kind', 'c.name', 'c.name_en', 'c.is_demo', sql`c.geom`.as('source_geom')])
    .where(reachesInto('c.geom', tile))
  if (tile.z < MINOR_ROAD_MIN_ZOOM) rows = rows.where('c.kind', '!=', 'road_minor')
  return { name: 'context', properties: CONTEXT_TILE_KEYS, rows }
}
