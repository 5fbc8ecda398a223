import { describe, expect, it } from 'vitest'
import { defaultLimits } from '../../../server/imports/geojson-reader.js'
import { runImport } from '../../../server/imports/imports.js'
import { useImportDatabase } from '../../support/import-scenario.js'

const scenario = useImportDatabase()

/** The documented limit: 50 000 parcels, 100 m × 120 m each, in EPSG:4549 inside 鄞州区 (a 0.3° square). */
function fileAtLimit(count: number): string {
  const side = Math.ceil(Math.sqrt(count))
  const features = Array.from({ length: count }, (_, i) => {
    const [x, y] = [640_000 + (i % side) * 110, 3_290_000 + Math.floor(i / side) * 130]
    return {
      type: 'Feature',
      properties: { 宗地号: `LIM-${i + 1}`, 用地性质: '一类工业用地' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 100, y],
            [x + 100, y + 120],
            [x, y + 120],
            [x, y],
          ],
        ],
      },
    }
  })
  return JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'EPSG:4549' } },
    features,
  })
}

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
