import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { previewFeatures } from '../../../server/imports/import-preview.repo.js'
import { insertParcels } from '../../../server/land/parcels.repo.js'
import { importScenario } from '../../support/import-scenario.js'
import { squareJson } from '../../support/scenarios.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
beforeAll(async () => {
  database = await createTestDatabase()
  await importScenario(database.db)
  await insertParcels(database.db, [
    {
      code: 'NB-02',
      land_use_code: '100101',
      land_use_name: '一类工业用地',
      status: 'available',
      published: true,
      is_net_land: true,
      is_standard_land: false,
      utilities: [],
      location_desc: '',
      geometryJson: squareJson(121.5, 29.8, 0.001),
    },
  ])
}, 120_000)
afterAll(() => database?.close())

/** A square in EPSG:4549 metres (central meridian 120°E; x ≈ 645 000 is about 121.5°E). */
const square = (x: number, y: number, side: number) =>
  JSON.stringify({
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + side, y],
        [x + side, y + side],
        [x, y + side],
        [x, y],
      ],
    ],
  })
// A bowtie: the ring crosses itself in the middle.
const bowtie = (x: number, y: number, side: number) =>
  JSON.stringify({
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + side, y + side],
        [x + side, y],
        [x, y + side],
        [x, y],
      ],
    ],
  })

describe('the dry run of an import, in the database', () => {
  it('transforms from the file’s CGCS2000 zone, measures on the ellipsoid, places in a district and matches codes', async () => {
    const [plain, existing] = await previewFeatures(
      database.db,
      [
        { row: 1, code: 'NB-01', geometryJson: square(645_000, 3_308_000, 200) },
        { row: 2, code: 'NB-02', geometryJson: square(645_400, 3_308_000, 100) },
      ],
      4549,
    )
    // 200 m × 200 m in the zone is 60 mu on the plane; the zone's scale 1.5° from its meridian makes it 0.05 % less on the ellipsoid.
    expect(plain).toMatchObject({
      row: 1,
      code: 'NB-01',
      valid: true,
      invalidReason: null,
      invalidAt: null,
      repairedChangePercent: null,
      regionName: '鄞州区',
      existingId: null,
    })
    expect(plain!.areaMu).toBeCloseTo(60 * 0.9995, 1)
    expect(existing!.existingId).toEqual(expect.any(Number))
    expect(JSON.parse(plain!.geometry!).coordinates[0][0][0]).toBeCloseTo(121.5, 0)
  })

  it('finds a bowtie, says where it crosses, and offers the repair with its change in area', async () => {
    const [row] = await previewFeatures(
      database.db,
      [{ row: 3, code: 'NB-03', geometryJson: bowtie(645_000, 3_308_000, 200) }],
      4549,
    )
    expect(row).toMatchObject({
      valid: false,
      invalidReason: 'Self-intersection',
      invalidAt: expect.stringMatching(/^POINT\(121\.\d+ 29\.\d+\)$/),
    })
    // Repaired into its two triangles: half the square, 30 mu, where the drawn ring's signed area was 0.
    expect(row!.areaMu).toBeCloseTo(30 * 0.9995, 1)
    expect(row!.repairedChangePercent).toBeNull()
  })

  it('puts land outside every district in none', async () => {
    const [row] = await previewFeatures(
      database.db,
      [{ row: 4, code: 'FAR', geometryJson: square(300_000, 3_308_000, 100) }],
      4549,
    )
    expect(row!.regionName).toBeNull()
  })
})
