import type { DbOrTrx } from '../db/database.js'
import { visibleTo } from './land-visibility.js'
import type { ParcelAudience } from './parcels.repo.js'
import type { PlaceName } from './place-match.js'

/** The parks this audience may see (the public: published ones only, so a search never confirms an unpublished name). */
export function parkNames(db: DbOrTrx, audience: ParcelAudience): Promise<PlaceName[]> {
  return db.selectFrom('parks as k').select(['k.id', 'k.name', 'k.name_en']).where(visibleTo(audience, 'k')).execute()
}

/** Districts and counties are public. */
export function regionNames(db: DbOrTrx): Promise<PlaceName[]> {
  return db.selectFrom('regions').select(['id', 'name', 'name_en']).execute()
}
