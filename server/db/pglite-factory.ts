import { PGlite } from '@electric-sql/pglite'
import { trimmedPostgis } from './postgis-bundle.js'

const DATE_OID = 1082
// Dates stay 'YYYY-MM-DD' strings on both drivers, so no time zone can shift a day.
export const keepDateAsText = (value: string) => value

/** PGlite with PostGIS, as every embedded database of ours is opened (in its worker thread, or by a script). */
export function createPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions: { postgis: trimmedPostgis }, parsers: { [DATE_OID]: keepDateAsText } })
}
