import { describe, expect, it } from 'vitest'
import { type ImportRequest, runImport, undoBatch } from '../../../server/imports/imports.js'
import { useImportDatabase } from '../../support/import-scenario.js'

const scenario = useImportDatabase()
const actor = { id: null, name: 'importer' }

const ring = (x: number, y: number, side: number, bowtie = false) =>
  bowtie ? [[[x, y], [x + side, y + side], [x + side, y], [x, y + side], [x, y]]] : [[[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]]]
/** A land list exported in EPSG:4549 with Chinese attributes: 60 mu, 15 mu and a bowtie. */
const landFile = (price = 32.5, crs = 'urn:ogc:def:crs:EPSG::4549') => JSON.stringify({
  type: 'FeatureCollection', crs: { type: 'name', properties: { name: crs } },
  features: [
    { type: 'Feature', properties: { 宗地号: 'NB-01', 土地坐落: '鄞州区滨海路东', 用地性质: '二类工业用地', '用地面积（亩）': 60, 挂牌起始价: price, 是否净地: '是' }, geometry: { type: 'Polygon', coordinates: ring(645_000, 3_308_000, 200) } },
    { type: 'Feature', properties: { 宗地号: 'NB-02', 土地坐落: '鄞州区滨海路西', 用地性质: '一类工业用地', '用地面积（亩）': 20, 挂牌起始价: 30 }, geometry: { type: 'Polygon', coordinates: ring(645_400, 3_308_000, 100) } },
    { type: 'Feature', properties: { 宗地号: 'NB-03', 土地坐落: '自相交', 用地性质: '物流用地' }, geometry: { type: 'Polygon', coordinates: ring(645_600, 3_308_000, 100, true) } },
  ],
})
const request = (overrides: Partial<ImportRequest> = {}): ImportRequest => ({ fileName: 'nb.geojson', format: 'geojson', content: landFile(), repair: false, dryRun: true, actor, ...overrides })
const parcelCount = async () => Number((await scenario.database.db.selectFrom('parcels').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)

describe('importing a land file', () => {
  it('dry-runs: maps the Chinese columns, reports each row, writes nothing', async () => {
    const result = await runImport(scenario.database.db, request())
    expect(result.srid).toBe(4549)
    expect(result.mapping.fields).toMatchObject({ 宗地号: 'code', 用地性质: 'land_use_name', '用地面积（亩）': 'area', 挂牌起始价: 'start_price' })
    expect(result.report.rows.map((r) => [r.code, r.action, r.region])).toEqual([['NB-01', 'insert', '鄞州区'], ['NB-02', 'insert', '鄞州区'], ['NB-03', 'insert', '鄞州区']])
    expect(result.report.rows[1]!.warnings[0]).toMatch(/^declared 20 mu, the outline measures 14\.99 mu/)
    expect(result.report.rows[2]!.errors[0]).toMatch(/^invalid outline: Self-intersection at POINT\(121\.\d+ 29\.\d+\).*import with repair/)
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
    const rows = await scenario.database.db.selectFrom('parcels').select(['code', 'area_mu', 'location_desc', 'land_use_code', 'land_use_name', 'published', 'declared_area_mu', 'is_net_land']).orderBy('code').execute()
    expect(rows[0]).toMatchObject({ code: 'NB-01', location_desc: '鄞州区滨海路东', land_use_code: '100102', land_use_name: '二类工业用地', published: false, is_net_land: true })
    expect(rows[0]!.area_mu).toBeCloseTo(60 * 0.9995, 1) // 200 m × 200 m in the zone, 0.05 % less on the ellipsoid
    expect(rows[2]!.area_mu).toBeCloseTo(15 * 0.9995 / 2, 1) // the bowtie repaired into its two triangles
    expect((await runImport(scenario.database.db, request({ dryRun: false, repair: true }))).batch).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 })
  })

  it('updates a changed row with its audit entry, and undoes batches in turn', async () => {
    const { batch } = await runImport(scenario.database.db, request({ content: landFile(35), dryRun: false, repair: true }))
    expect(batch).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 })
    const nb01 = await scenario.database.db.selectFrom('parcels').select(['id', 'start_price']).where('code', '=', 'NB-01').executeTakeFirstOrThrow()
    expect(Number(nb01.start_price)).toBe(35)
    const audit = await scenario.database.db.selectFrom('audit_log').select(['action', 'user_name']).where('entity', '=', 'parcels').where('entity_id', '=', String(nb01.id)).orderBy('id').execute()
    expect(audit).toEqual([{ action: 'create', user_name: 'importer' }, { action: 'update', user_name: 'importer' }])
    expect(await undoBatch(scenario.database.db, batch!.id, actor)).toEqual({ removed: 0, restored: 1 })
    expect(Number((await scenario.database.db.selectFrom('parcels').select('start_price').where('code', '=', 'NB-01').executeTakeFirstOrThrow()).start_price)).toBe(32.5)
    await expect(undoBatch(scenario.database.db, batch!.id, actor)).rejects.toThrow('already undone')
    const first = await scenario.database.db.selectFrom('import_batches').select('id').where('inserted', '=', 3).executeTakeFirstOrThrow()
    expect(await undoBatch(scenario.database.db, first.id, actor)).toEqual({ removed: 3, restored: 0 })
    expect(await parcelCount()).toBe(0)
  })

  it('refuses a wrong coordinate system with what it probably is, and a row the database refuses as a whole', async () => {
    await expect(runImport(scenario.database.db, request({ content: landFile(32.5, 'EPSG:4326') }))).rejects.toThrow(/metres .* EPSG:4326 says degrees; .*EPSG:4549/)
    await expect(runImport(scenario.database.db, request({ srid: 4528 }))).rejects.toThrow(/looks like EPSG:4549/)
    const tooLong = landFile().replace('"是否净地":"是"', '"是否净地":"是","出让年限":99')
    await expect(runImport(scenario.database.db, request({ content: tooLong, dryRun: false, repair: true }))).rejects.toThrow(/^row 1: .*tenure_years/)
    expect(await parcelCount()).toBe(0)
    expect(Number((await scenario.database.db.selectFrom('import_batches').select((eb) => eb.fn.countAll().as('n')).where('undone_at', 'is', null).executeTakeFirstOrThrow()).n)).toBe(1)
  })
})
