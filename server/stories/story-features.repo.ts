import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { featureJson, rounded, selectFeatureCollection } from '../db/geojson-sql.js'
import { visibleTo } from '../land/land-visibility.js'
import { type ParcelAudience, visibleParcels } from '../land/parcels.repo.js'

type Collection = { type: 'FeatureCollection'; features: unknown[] }

const parsed = async (text: Promise<string>) => JSON.parse(await text) as Collection
const none = (ids: readonly number[]) => (ids.length > 0 ? [...ids] : [-1])

/** Highlighted parks this audience may see, outlined, with their names. */
export function parkFeatures(db: DbOrTrx, audience: ParcelAudience, ids: readonly number[]) {
  const features = db
    .selectFrom('parks as k')
    .where('k.id', 'in', none(ids))
    .where(visibleTo(audience, 'k'))
    .select(
      featureJson(sql`k.id`, sql`k.geom`, {
        highlight: sql`'park'`,
        name: sql`k.name`,
        name_en: sql`k.name_en`,
      }).as('feature'),
    )
    .orderBy('k.id')
  return parsed(selectFeatureCollection(db, features))
}

/** Highlighted parcels this audience may see, with what a caption would quote. */
export function parcelFeatures(db: DbOrTrx, audience: ParcelAudience, ids: readonly number[]) {
  const features = visibleParcels(db, audience)
    .where('p.id', 'in', none(ids))
    .select(
      featureJson(sql`p.id`, sql`p.geom`, {
        highlight: sql`'parcel'`,
        name: sql`p.code`,
        name_en: sql`p.code`,
        area_mu: rounded(sql`p.area_mu`, 2),
      }).as('feature'),
    )
    .orderBy('p.id')
  return parsed(selectFeatureCollection(db, features))
}

/** Ports, stations and interchanges (public map content). */
export function infrastructureFeatures(db: DbOrTrx, ids: readonly number[]) {
  const features = db
    .selectFrom('infrastructure as i')
    .where('i.id', 'in', none(ids))
    .select(
      featureJson(sql`i.id`, sql`i.geom`, {
        highlight: sql`'infrastructure'`,
        kind: sql`i.kind`,
        name: sql`i.name`,
        name_en: sql`i.name_en`,
      }).as('feature'),
    )
    .orderBy('i.id')
  return parsed(selectFeatureCollection(db, features))
}

/** Staff only (internal stories): the projects a scene points at, as points where they have a site. */
export function projectFeatures(db: DbOrTrx, ids: readonly number[]) {
  const features = db
    .selectFrom('projects as j')
    .where('j.id', 'in', none(ids))
    .where('j.geom', 'is not', null)
    .select(
      featureJson(sql`j.id`, sql`j.geom`, {
        highlight: sql`'project'`,
        name: sql`j.name`,
        name_en: sql`j.name`,
        stage: sql`j.stage`,
      }).as('feature'),
    )
    .orderBy('j.id')
  return parsed(selectFeatureCollection(db, features))
}
