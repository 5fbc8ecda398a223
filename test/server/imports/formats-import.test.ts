import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { kmlParcels } from '../../../scripts/fixtures/drawing-fixtures.js'
import { type ImportRequest, runImport } from '../../../server/imports/imports.js'
import { importFixture, relativeError } from '../../support/import-fixtures.js'
import { useImportDatabase } from '../../support/import-scenario.js'

// Every fixture lies in 鄞州区 (EPSG:4549 or its longitude/latitude): areas are the plane's less the zone's 0.05 %.
const K = 0.9995
const scenario = useImportDatabase()

const run = (overrides: Partial<ImportRequest> & Pick<ImportRequest, 'fileName' | 'format' | 'content'>) =>
  runImport(scenario.database.db, { repair: false, dryRun: false, actor: { id: null, name: 'test' }, ...overrides })
const parcels = (codes: string[]) =>
  scenario.database.db
    .selectFrom('parcels')
    .select([
      'code',
      'area_mu',
      'location_desc',
      'land_use_name',
      'start_price',
      'status',
      'is_standard_land',
      'contact',
    ])
    .where('code', 'in', codes)
    .orderBy('code')
    .execute()
const state = async () => {
  const { rows } = await sql<{ parcels: number; batches: number; audit: number }>`
    SELECT (SELECT count(*) FROM parcels)::int AS parcels, (SELECT count(*) FROM import_batches)::int AS batches, (SELECT count(*) FROM audit_log)::int AS audit`.execute(
    scenario.database.db,
  )
  return rows[0]!
}

describe('importing each format into the same engine', () => {
  it('an Excel list of boundary points in surveyors’ order: read the right way round, holes kept, areas within 0.5 %', async () => {
    const result = await run({
      fileName: '界址点.xlsx',
      format: 'xlsx',
      content: importFixture('land-list-xy-swapped.xlsx'),
      srid: 4549,
    })
    expect(result.notes[0]).toMatch(/^column X坐标\(m\) holds northings/)
    expect(result.batch).toMatchObject({ inserted: 3 })
    const rows = await parcels(['NB-X1', 'NB-X2', 'NB-X3'])
    expect(rows.map((r) => [r.code, r.land_use_name, r.location_desc])).toEqual([
      ['NB-X1', '二类工业用地', '鄞州区滨海路与金谷路交叉口'],
      ['NB-X2', '一类工业用地', '鄞州区金谷路南侧'],
      ['NB-X3', '物流仓储用地', '鄞州区港城大道北（内含保留变电站）'],
    ])
    // 200 m square; 100 × 150 m; 200 m square less its 50 m hole.
    expect(Math.max(...rows.map((r, i) => relativeError(r.area_mu, [60, 22.5, 56.25][i]! * K)))).toBeLessThan(0.005)
  })

  it('a KML from 奥维 in GCJ-02: converted to WGS84 on request, back on the drawn squares within 2 m', async () => {
    const offset = async (dryRunOutlines: { geometry: string }[]) => {
      const truth = JSON.stringify({ type: 'Polygon', coordinates: [kmlParcels[0]!.ring] })
      const { rows } = await sql<{
        metres: number
      }>`SELECT ST_HausdorffDistance(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(${dryRunOutlines[0]!.geometry}), 4326), 4549), ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(${truth}), 4326), 4549)) AS metres`.execute(
        scenario.database.db,
      )
      return rows[0]!.metres
    }
    const request = {
      fileName: '奥维.kml',
      format: 'kml' as const,
      content: importFixture('parcels-gcj02.kml'),
      dryRun: true,
    }
    expect(await offset((await run(request)).outlines)).toBeGreaterThan(300) // 高德's offset, left in: hundreds of metres
    const shifted = await run({ ...request, shifted: 'gcj02' })
    expect(shifted.notes).toEqual(['1 placemark is a pin or an open line, not land; skipped'])
    expect(await offset(shifted.outlines)).toBeLessThan(2)
    expect((await run({ ...request, shifted: 'gcj02', dryRun: false })).batch).toMatchObject({ inserted: 2 })
    expect((await parcels(['GD-K1']))[0]).toMatchObject({
      land_use_name: '二类工业用地',
      location_desc: '鄞州区 滨海新区 奥维标绘',
    })
  })

  it('a DXF of red lines with a chosen CRS: one layer, codes from the labels, the arc measured; its area warnings let it through', async () => {
    const request = { fileName: '红线.dxf', format: 'dxf' as const, content: importFixture('red-lines-4549.dxf') }
    await expect(run(request)).rejects.toThrow(
      'no coordinate system was given; looks like EPSG:4534–4554, here probably EPSG:4549',
    )
    const everything = await run({ ...request, srid: 4549, dryRun: true })
    expect(everything.report.rows[2]!.errors).toEqual(['code A-01 is also on row 1']) // the setback, labelled by the text inside it
    const result = await run({ ...request, srid: 4549, layer: '用地红线' })
    expect(result.report.rows[0]!.warnings).toEqual([
      'no land use (用地性质): imported unpublished; set it before publishing',
    ])
    expect(result.batch).toMatchObject({ inserted: 2 })
    const rows = await parcels(['A-01', 'A-02'])
    expect(relativeError(rows[0]!.area_mu, 60 * K)).toBeLessThan(0.005)
    expect(relativeError(rows[1]!.area_mu, ((10_000 + (Math.PI * 50 ** 2) / 2) / 666.67) * K)).toBeLessThan(0.005)
  })

  it('a GBK CSV without coordinates joins by code: the Shapefile’s parcels get prices, status and contacts; an unknown code stops it all', async () => {
    await run({ fileName: 'parcels.zip', format: 'shapefile', content: importFixture('parcels-4549-gbk.zip') })
    const before = await state()
    const unknown = new TextEncoder().encode('宗地号,挂牌起始价\nYZ-2026-01,1\nYZ-2099-99,2\n')
    const refused = await run({ fileName: 'bad.csv', format: 'csv', content: unknown })
    expect(refused.batch).toBeNull()
    expect(refused.report.rows[1]!.errors).toEqual([
      'no outline: the row has no coordinates and no parcel YZ-2099-99 is stored to join it to',
    ])
    expect(await state()).toEqual(before)
    const result = await run({ fileName: '价格.csv', format: 'csv', content: importFixture('land-attributes-gbk.csv') })
    expect(result.batch).toMatchObject({ updated: 2, inserted: 0 })
    const rows = await parcels(['YZ-2026-01', 'YZ-2026-02'])
    expect(rows.map((r) => [r.code, Number(r.start_price), r.status, r.is_standard_land, r.contact])).toEqual([
      ['YZ-2026-01', 38.5, 'reserve', true, '鄞州区招商局 王工'],
      ['YZ-2026-02', 41, 'available', false, '鄞州区招商局 李工'],
    ])
    expect(relativeError(rows[0]!.area_mu, 60 * K)).toBeLessThan(0.005) // the outline untouched
  })

  it('a GeoJSON with a bowtie: refused until repaired, and the repair says what it keeps', async () => {
    const request = {
      fileName: 'bowtie.geojson',
      format: 'geojson' as const,
      content: importFixture('bowtie-4549.geojson'),
    }
    const refused = await run(request)
    expect(refused.batch).toBeNull()
    expect(refused.report.rows[1]!.invalidAt).toEqual([expect.closeTo(121.5077, 3), expect.closeTo(29.8826, 3)])
    expect(refused.report.rows[0]!.invalidAt).toBeNull()
    expect(refused.report.rows[1]!.errors[0]).toMatch(
      /^invalid outline: Self-intersection at POINT\(121\.\d+ 29\.\d+\); repaired it measures 7\.50 mu; import with repair/,
    )
    expect((await run({ ...request, repair: true })).batch).toMatchObject({ inserted: 2 })
  })

  it('a zip bomb and a zip-slip archive: refused with the reason, nothing written', async () => {
    const before = await state()
    await expect(
      run({ fileName: 'bomb.zip', format: 'shapefile', content: importFixture('zip-bomb.zip') }),
    ).rejects.toThrow('“bomb/parcels.shp” inflates beyond 200 MB')
    await expect(
      run({ fileName: 'slip.zip', format: 'shapefile', content: importFixture('zip-slip.zip') }),
    ).rejects.toThrow('the archive entry “../../evil/parcels.shp” points outside the archive')
    expect(await state()).toEqual(before)
  })
})
