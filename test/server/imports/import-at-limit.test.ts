import { describe, expect, it } from 'vitest'
import { parcelGridGeoJson } from '../../../scripts/fixtures/parcel-grid.js'
import { defaultLimits } from '../../../server/imports/geojson-reader.js'
import { runImport } from '../../../server/imports/imports.js'
import { useImportDatabase } from '../../support/import-scenario.js'

const scenario = useImportDatabase()

/** The documented limit: 50 000 parcels in EPSG:4549 inside 鄞州区 (a 0.3° square). */
const fileAtLimit = (count: number) => parcelGridGeoJson(count, [640_000, 3_290_000], 'LIM-')

describe('an import at the documented limit', () => {
  it(`dry-runs and commits ${defaultLimits.maxFeatures} features, each statement within the timeout, on either database`, async () => {
    const { db } = scenario.database
    const result = await runImport(db, {
      fileName: 'limit.geojson',
      format: 'geojson',
      content: fileAtLimit(defaultLimits.maxFeatures),
      repair: false,
      dryRun: false,
      actor: { id: null, name: 'importer' },
    })
    expect(result.report.counts).toMatchObject({
      rows: defaultLimits.maxFeatures,
      errors: 0,
      insert: defaultLimits.maxFeatures,
    })
    expect(result.report.rows.at(-1)!.areaMu).toBeCloseTo(18, 0) // 12 000 m² on the ellipsoid, near the zone's meridian
    expect(result.report.rows[0]!.region).toBe('鄞州区')
    expect(result.batch).toMatchObject({ inserted: defaultLimits.maxFeatures, updated: 0 })
    const stored = await db
      .selectFrom('parcels')
      .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.sum<string>('area_mu').as('mu')])
      .where('code', 'like', 'LIM-%')
      .executeTakeFirstOrThrow()
    expect(Number(stored.n)).toBe(defaultLimits.maxFeatures)
    expect(Number(stored.mu) / defaultLimits.maxFeatures).toBeCloseTo(18, 0)
  }, 400_000)
})
