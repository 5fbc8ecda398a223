import { sql } from 'kysely'
import type { ParcelAudience } from './parcels.repo.js'

/** Tables whose rows carry a `published` flag, by the aliases the repos give them. Constants, never request input. */
type PublishedAlias = 'p' | 'k' | 'a' | 'b' | 'bd'

/**
 * The one rule of what the public may see: rows that are published (parcels, buildings, and the parks they sit in). Staff see
 * every row. As an SQL condition for the repos, always true for staff.
 */
export function visibleTo(audience: ParcelAudience, ...aliases: readonly PublishedAlias[]) {
  if (audience === 'staff') return sql<boolean>`true`
  return sql<boolean>`(${sql.join(
    aliases.map((alias) => sql.ref(`${alias}.published`)),
    sql` AND `,
  )})`
}
