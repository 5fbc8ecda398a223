import { describe, expect, it } from 'vitest'
import { textLimits } from '../../../server/http/text-limits.js'
import { type ImportRequest, runImport, undoBatch } from '../../../server/imports/imports.js'
import { MAX_VERTICES_PER_OUTLINE } from '../../../server/imports/vertex-limits.js'
import { lockParcelSnapshot } from '../../../server/land/parcels.repo.js'
import { useImportDatabase } from '../../support/import-scenario.js'

const scenario = useImportDatabase()
const actor = { id: null, name: 'importer' }

const ring = (x: number, y: number, side: number, bowtie = false) =>
  bowtie
    ? [
        [
          [x, y],
          [x + side, y + side],
          [x + side, y],
          [x, y + side],
          [x, y],
        ],
      ]
    : [
        [
          [x, y],
          [x + side, y],
          [x + side, y + side],
          [x, y + side],
          [x, y],
        ],
      ]
/** A land list exported in EPSG:4549 with Chinese attributes: 60 mu, 15 mu and a bowtie. */
const landFile = (price = 32.5, crs = 'urn:ogc:def:crs:EPSG::4549') =>
  JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: crs } },
    features: [
      {
        type: 'Feature',
        properties: {
          宗地号: 'NB-01',
          土地坐落: '鄞州区滨海路东',
          用地性质: '二类工业用地',
          '用地面积（亩）': 60,
          挂牌起始价: price,
          是否净地: '是',
        },
        geometry: { type: 'Polygon', coordinates: ring(645_000, 3_308_000, 200) },
      },
      {
        type: 'Feature',
        properties: {
          宗地号: 'NB-02',
          土地坐落: '鄞州区滨海路西',
          用地性质: '一类工业用地',
          '用地面积（亩）': 20,
          挂牌起始价: 30,
        },
        geometry: { type: 'Polygon', coordinates: ring(645_400, 3_308_000, 100) },
      },
      {
        type: 'Feature',
        properties: { 宗地号: 'NB-03', 土地坐落: '自相交', 用地性质: '物流用地' },
        geometry: { type: 'Polygon', coordinates: ring(645_600, 3_308_000, 100, true) },
      },
    ],
  })
const request = (overrides: Partial<ImportRequest> = {}): ImportRequest => ({
  fileName: 'nb.geojson',
  format: 'geojson',
  content: landFile(),
  repair: false,
  dryRun: true,
  actor,
  ...overrides,
})
const parcelCount = async () =>
  Number(
    (
      await scenario.database.db
        .selectFrom('parcels')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('importing a land file', () => {
  it('dry-runs: maps the Chinese columns, reports each row, writes nothing', async () => {
    const result = await runImport(scenario.database.db, request())
    expect(result.srid).toBe(4549)
    expect(result.mapping.fields).toMatchObject({
      宗地号: 'code',
      用地性质: 'land_use_name',
      '用地面积（亩）': 'area',
      挂牌起始价: 'start_price',
    })
    expect(result.report.rows.map((r) => [r.code, r.action, r.region])).toEqual([
      ['NB-01', 'insert', '鄞州区'],
      ['NB-02', 'insert', '鄞州区'],
      ['NB-03', 'insert', '鄞州区'],
    ])
    expect(result.report.rows[1]!.warnings[0]).toMatch(/^declared 20 mu, the outline measures 14\.99 mu/)
    expect(result.report.rows[2]!.errors[0]).toMatch(
      /^invalid outline: Self-intersection at POINT\(121\.\d+ 29\.\d+\).*import with repair/,
    )
    expect(result.report.ok).toBe(false)
    expect(result.batch).toBeNull()
    expect(await parcelCount()).toBe(0)
    // An error anywhere: committing is refused as a whole.
    expect((await runImport(scenario.database.db, request({ dryRun: false }))).batch).toBeNull()
    expect(await parcelCount()).toBe(0)
  })

  it('commits with repair as one batch, areas on the ellipsoid and Chinese text exact; the same file again changes nothing', async () => {
    const { batch } = await runImport(scenario.database.db, request({ dryRun: false, repair: true }))
    expect(batch).toEqual({ id: expect.any(Number), inserted: 3, updated: 0, unchanged: 0 })
    const rows = await scenario.database.db
      .selectFrom('parcels')
      .select([
        'code',
        'area_mu',
        'location_desc',
        'land_use_code',
        'land_use_name',
        'published',
        'declared_area_mu',
        'is_net_land',
      ])
      .orderBy('code')
      .execute()
    expect(rows[0]).toMatchObject({
      code: 'NB-01',
      location_desc: '鄞州区滨海路东',
      land_use_code: '100102',
      land_use_name: '二类工业用地',
      published: false,
      is_net_land: true,
    })
    expect(rows[0]!.area_mu).toBeCloseTo(60 * 0.9995, 1) // 200 m × 200 m in the zone, 0.05 % less on the ellipsoid
    expect(rows[2]!.area_mu).toBeCloseTo((15 * 0.9995) / 2, 1) // the bowtie repaired into its two triangles
    expect((await runImport(scenario.database.db, request({ dryRun: false, repair: true }))).batch).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 3,
    })
  })

  it('updates a changed row with its audit entry, and undoes batches in turn', async () => {
    const { batch } = await runImport(
      scenario.database.db,
      request({ content: landFile(35), dryRun: false, repair: true }),
    )
    expect(batch).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 })
    const nb01 = await scenario.database.db
      .selectFrom('parcels')
      .select(['id', 'start_price'])
      .where('code', '=', 'NB-01')
      .executeTakeFirstOrThrow()
    expect(Number(nb01.start_price)).toBe(35)
    const audit = await scenario.database.db
      .selectFrom('audit_log')
      .select(['action', 'user_name', 'before', 'after'])
      .where('entity', '=', 'parcels')
      .where('entity_id', '=', String(nb01.id))
      .orderBy('id')
      .execute()
    expect(audit.map(({ action, user_name }) => ({ action, user_name }))).toEqual([
      { action: 'create', user_name: 'importer' },
      { action: 'update', user_name: 'importer' },
    ])
    // One snapshot shape: what an edit records (the whole row, the outline a GeoJSON object under geom).
    const edited = await scenario.database.db.transaction().execute((trx) => lockParcelSnapshot(trx, nb01.id))
    for (const snapshot of [audit[0]!.after, audit[1]!.before, audit[1]!.after] as Record<string, unknown>[]) {
      expect(Object.keys(snapshot).sort()).toEqual(Object.keys(edited!).sort())
      expect(snapshot.geom).toMatchObject({ type: 'MultiPolygon' })
    }
    expect(await undoBatch(scenario.database.db, batch!.id, actor)).toEqual({ removed: 0, restored: 1 })
    expect(
      Number(
        (
          await scenario.database.db
            .selectFrom('parcels')
            .select('start_price')
            .where('code', '=', 'NB-01')
            .executeTakeFirstOrThrow()
        ).start_price,
      ),
    ).toBe(32.5)
    await expect(undoBatch(scenario.database.db, batch!.id, actor)).rejects.toThrow('already undone')
    const first = await scenario.database.db
      .selectFrom('import_batches')
      .select('id')
      .where('inserted', '=', 3)
      .executeTakeFirstOrThrow()
    expect(await undoBatch(scenario.database.db, first.id, actor)).toEqual({ removed: 3, restored: 0 })
    expect(await parcelCount()).toBe(0)
  })

  it('refuses a wrong coordinate system with what it probably is, and a row the database refuses as a whole', async () => {
    await expect(runImport(scenario.database.db, request({ content: landFile(32.5, 'EPSG:4326') }))).rejects.toThrow(
      /metres .* EPSG:4326 says degrees; .*EPSG:4549/,
    )
    await expect(runImport(scenario.database.db, request({ srid: 4528 }))).rejects.toThrow(/looks like EPSG:4549/)
  })

  it('predicts in the dry run every refusal the database would make, per row and column, and commits nothing', async () => {
    const hostile = JSON.parse(landFile()) as { features: { properties: Record<string, unknown> }[] }
    hostile.features[0]!.properties.出让年限 = 99
    hostile.features[1]!.properties.宗地号 = 'N'.repeat(textLimits.code + 1)
    hostile.features[2]!.properties.土地状态 = '闲置'
    const result = await runImport(
      scenario.database.db,
      request({ content: JSON.stringify(hostile), dryRun: false, repair: true }),
    )
    expect(result.batch).toBeNull()
    expect(result.report.rows.map((r) => r.errors)).toEqual([
      ['出让年限: “99” is outside 1–70 (whole numbers only where the field counts years)'],
      [`宗地号: ${textLimits.code + 1} characters; at most ${textLimits.code}`],
      [expect.stringMatching(/^土地状态: “闲置”: an idle parcel needs its idle category/)],
    ])
    expect(await parcelCount()).toBe(0)
  })

  it('reports zero-area, tiny and over-detailed outlines per row instead of failing the whole file', async () => {
    const square = ring(645_000, 3_308_000, 200)
    const flat = [
      [
        [645_000, 3_308_000],
        [645_100, 3_308_000],
        [645_200, 3_308_000],
        [645_000, 3_308_000],
      ],
    ]
    const tiny = ring(645_300, 3_308_000, 2)
    const detailed = [
      [
        ...Array.from({ length: MAX_VERTICES_PER_OUTLINE + 10 }, (_, i) => {
          const a = (2 * Math.PI * i) / (MAX_VERTICES_PER_OUTLINE + 10)
          return [646_000 + 100 * Math.cos(a), 3_309_000 + 100 * Math.sin(a)]
        }),
        [646_100, 3_309_000],
      ],
    ]
    const features = [square, flat, tiny, detailed].map((coordinates, i) => ({
      type: 'Feature',
      properties: { 宗地号: `Z-${i}`, 用地性质: '工业用地' },
      geometry: { type: 'Polygon', coordinates },
    }))
    const content = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'EPSG:4549' } },
      features,
    })
    const result = await runImport(scenario.database.db, request({ content }))
    expect(result.report.rows.map((r) => r.errors.length)).toEqual([0, 1, 1, 1])
    expect(result.report.rows[1]!.errors[0]).toMatch(/invalid outline|no area|below the 10 m²/)
    expect(result.report.rows[2]!.errors[0]).toBe(
      'the outline measures 4.00 m², below the 10 m² any parcel has: a point, a line or a drawing error',
    )
    expect(result.report.rows[3]!.errors[0]).toBe(
      `the outline has ${MAX_VERTICES_PER_OUTLINE + 11} vertices; at most ${MAX_VERTICES_PER_OUTLINE} (simplify it in the GIS first)`,
    )
    expect(
      Number(
        (
          await scenario.database.db
            .selectFrom('import_batches')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('undone_at', 'is', null)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(1)
  })
})
