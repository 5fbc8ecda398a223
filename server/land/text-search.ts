import { LRUCache } from 'lru-cache'
import type { DbOrTrx } from '../db/database.js'
import type { ParcelAudience } from './parcels.repo.js'
import { type NameForms, nameForms, namesMatch, type PlaceName } from './place-match.js'
import { parkNames, regionNames } from './place-names.repo.js'

/** A text search resolved against the places it names: the parcel code or location, or a park or district. */
export interface TextSearch {
  text: string
  parkIds: number[]
  regionIds: number[]
}

/** A filter whose text has been resolved: what the land SQL takes. */
export type Resolved<F extends { q?: string }> = Omit<F, 'q'> & { q?: TextSearch }

// Spelling a name in pinyin costs a dictionary walk; names are few and rarely change, so each is spelled once.
const spelled = new LRUCache<string, NameForms>({ max: 5000 })

function formsOf(place: PlaceName): NameForms {
  const key = `${place.name}\u0000${place.name_en}`
  const known = spelled.get(key)
  if (known) return known
  const forms = nameForms(place)
  spelled.set(key, forms)
  return forms
}

const idsNamedBy = (places: readonly PlaceName[], text: string) =>
  places.filter((place) => namesMatch(formsOf(place), text)).map((place) => place.id)

/** Resolves `q` to the parks (those this audience may see) and districts it names; a filter without text is as is. */
export async function resolveTextSearch<F extends { q?: string }>(
  db: DbOrTrx,
  audience: ParcelAudience,
  filter: F,
): Promise<Resolved<F>> {
  const { q, ...rest } = filter
  if (!q) return rest
  const [parks, regions] = await Promise.all([parkNames(db, audience), regionNames(db)])
  return { ...rest, q: { text: q, parkIds: idsNamedBy(parks, q), regionIds: idsNamedBy(regions, q) } }
}

/** The places a text names, for the map to draw the same matches the list finds. */
export async function placesNamed(db: DbOrTrx, audience: ParcelAudience, text: string) {
  const resolved = await resolveTextSearch(db, audience, { q: text })
  return { parkIds: resolved.q?.parkIds ?? [], regionIds: resolved.q?.regionIds ?? [] }
}
