import { describe, expect, it } from 'vitest'
import { english } from '../../../server/imports/import-messages.js'
import { runImport } from '../../../server/imports/imports.js'
import { readShapefileZip } from '../../../server/imports/shapefile-reader.js'
import { importFixture } from '../../support/import-fixtures.js'
import { useImportDatabase } from '../../support/import-scenario.js'

// Made by scripts/fixtures/make-import-fixtures.ts: EPSG:4549, Chinese field names and text in GBK, no .cpg (and a
// copy whose .cpg says UTF-8). Outlines: 200 m × 200 m (60 mu on the plane) and 100 m × 150 m (22.5 mu).
const fixture = importFixture

const scenario = useImportDatabase()

describe('importing a zipped Shapefile', () => {
  it('reads GBK attributes with no .cpg, and the CRS from the .prj', async () => {
    const file = await readShapefileZip(fixture('parcels-4549-gbk.zip'))
    expect(file).toMatchObject({
      srid: 4549,
      encoding: 'gbk',
      notes: [],
      headers: ['宗地号', '坐落', '用地性质', '面积'],
    })
    expect(file.features[0]!.properties).toEqual({
      宗地号: 'YZ-2026-01',
      坐落: '鄞州区滨海大道与金谷路交叉口东北角',
      用地性质: '二类工业用地',
      面积: '40000',
    })
  })

  it('reads GBK under a .cpg that says UTF-8, and says so', async () => {
    const file = await readShapefileZip(fixture('parcels-cpg-utf8-but-gbk.zip'))
    expect(file.encoding).toBe('gbk')
    expect(file.notes.map(english)).toEqual(['the files say UTF-8, but the text is GBK; read as GBK'])
    expect(file.features[1]!.properties.坐落).toBe('鄞州区滨海大道南侧')
  })

  it('commits the parcels: areas within 0.5 %, Chinese text exact', async () => {
    const result = await runImport(scenario.database.db, {
      fileName: 'parcels.zip',
      format: 'shapefile',
      content: fixture('parcels-4549-gbk.zip'),
      repair: false,
      dryRun: false,
      actor: { id: null, name: 'test' },
    })
    expect(result.batch).toMatchObject({ inserted: 2 })
    expect(result.mapping.areaUnit).toBe('m2')
    const rows = await scenario.database.db
      .selectFrom('parcels')
      .select(['code', 'area_mu', 'declared_area_mu', 'location_desc', 'land_use_code'])
      .orderBy('code')
      .execute()
    expect(rows.map((r) => [r.code, r.location_desc, r.land_use_code])).toEqual([
      ['YZ-2026-01', '鄞州区滨海大道与金谷路交叉口东北角', '100102'],
      ['YZ-2026-02', '鄞州区滨海大道南侧', '100101'],
    ])
    expect(Math.abs(rows[0]!.area_mu / 60 - 1)).toBeLessThan(0.005)
    expect(Math.abs(rows[1]!.area_mu / 22.5 - 1)).toBeLessThan(0.005)
    expect(Number(rows[0]!.declared_area_mu)).toBe(60) // 40 000 ㎡ declared
  })

  it('refuses archives that are not one Shapefile', async () => {
    const { zipSync, strToU8 } = await import('fflate')
    await expect(readShapefileZip(zipSync({ 'readme.txt': strToU8('x') }))).rejects.toThrow(
      'no .shp file in the archive',
    )
    await expect(readShapefileZip(zipSync({ 'a.shp': new Uint8Array(100) }))).rejects.toThrow(
      'a.shp has no .dbf beside it',
    )
  })
})
