import { describe, expect, it } from 'vitest'
import { english } from '../../../server/imports/import-messages.js'
import { type ImportRequest, runImport } from '../../../server/imports/imports.js'
import { importFixture } from '../../support/import-fixtures.js'
import { useImportDatabase } from '../../support/import-scenario.js'

// Made by scripts/fixtures/make-import-fixtures.ts: the two 鄞州 parcels of parcels-4549-gbk.zip with the columns a
// bureau's Shapefile has (pinyin initials, GBK text, values as people write them), and a hand-edited GBK CSV.
const scenario = useImportDatabase()
const actor = { id: null, name: 'test' }

const pinyinShapefile = (more: Partial<ImportRequest> = {}): ImportRequest => ({
  fileName: 'parcels.zip',
  format: 'shapefile',
  content: importFixture('parcels-pinyin-gbk.zip'),
  repair: false,
  dryRun: true,
  actor,
  ...more,
})

const stored = () =>
  scenario.database.db
    .selectFrom('parcels')
    .select([
      'code',
      'location_desc',
      'land_use_name',
      'declared_area_mu',
      'far_min',
      'far_max',
      'building_density_max',
      'green_ratio_max',
      'tenure_years',
      'start_price',
      'is_net_land',
      'available_from',
    ])
    .orderBy('code')
    .execute()

describe('land files as bureaus send them', () => {
  it('maps a Shapefile’s pinyin-initial columns, reads its values as written, and lists what it leaves out', async () => {
    const dry = await runImport(scenario.database.db, pinyinShapefile())
    expect(dry.mapping.fields).toEqual({
      DKBH: 'code',
      ZL: 'location_desc',
      YDXZ: 'land_use_name',
      ZDMJ: 'area',
      RJL: 'far_max',
      JZMD: 'building_density_max',
      LDL: 'green_ratio_max',
      CRNX: 'tenure_years',
      QSJ: 'start_price',
      SFJD: 'is_net_land',
      GDSJ: 'available_from',
    })
    expect(dry.mapping.unmatched).toEqual(['QLR', 'BZ'])
    expect(dry.mapping.samples).toMatchObject({ QLR: '宁波市鄞州区自然资源和规划局', BZ: '七通一平' })
    expect(dry.report.rows.flatMap((r) => r.errors)).toEqual([])
    const committed = await runImport(scenario.database.db, pinyinShapefile({ dryRun: false }))
    expect(committed.batch).toMatchObject({ inserted: 2 })
    const rows = await stored()
    expect(rows.map((r) => ({ ...r, available_from: String(r.available_from).slice(0, 10) }))).toEqual([
      {
        code: 'YZ-2026-01',
        location_desc: '鄞州区滨海大道与金谷路交叉口东北角',
        land_use_name: '二类工业用地',
        declared_area_mu: expect.toSatisfy((v) => Number(v) === 60),
        far_min: expect.toSatisfy((v) => Number(v) === 1.2),
        far_max: expect.toSatisfy((v) => Number(v) === 2),
        building_density_max: expect.toSatisfy((v) => Number(v) === 55),
        green_ratio_max: expect.toSatisfy((v) => Number(v) === 15),
        tenure_years: 50,
        start_price: expect.toSatisfy((v) => Number(v) === 30),
        is_net_land: true,
        available_from: '2026-03-01',
      },
      {
        code: 'YZ-2026-02',
        location_desc: '鄞州区滨海大道南侧',
        land_use_name: '一类工业用地',
        declared_area_mu: expect.toSatisfy((v) => Number(v) === 22.5),
        far_min: expect.toSatisfy((v) => Number(v) === 1),
        far_max: null,
        building_density_max: expect.toSatisfy((v) => Number(v) === 60),
        green_ratio_max: expect.toSatisfy((v) => Number(v) === 20),
        tenure_years: 50,
        start_price: expect.toSatisfy((v) => Number(v) === 28),
        is_net_land: false,
        available_from: '2026-09-01',
      },
    ])
  })

  it('changes the proposed mapping column by column, and refuses a column the file does not have', async () => {
    const changed = await runImport(
      scenario.database.db,
      pinyinShapefile({ mappingChanges: { BZ: 'location_desc', JZMD: null } }),
    )
    expect(changed.mapping.fields).toMatchObject({ BZ: 'location_desc' })
    expect(changed.mapping.fields).not.toHaveProperty('ZL')
    expect(changed.mapping.fields).not.toHaveProperty('JZMD')
    expect(changed.mapping.unmatched).toEqual(['ZL', 'JZMD', 'QLR'])
    await expect(
      runImport(scenario.database.db, pinyinShapefile({ mappingChanges: { 权利人: 'contact' } })),
    ).rejects.toThrow('the file has no column “权利人”')
  })

  it('reads a hand-edited GBK CSV (a stray quote, units in cells, an Excel date, √ and ×) and updates by code', async () => {
    const result = await runImport(scenario.database.db, {
      fileName: '供地清单.csv',
      format: 'csv',
      content: importFixture('land-hand-edited-gbk.csv'),
      repair: false,
      dryRun: false,
      actor,
    })
    expect(result.notes).toEqual([expect.stringContaining('GBK')])
    expect(result.report.rows.map((r) => [r.code, r.action, r.errors])).toEqual([
      ['YZ-2026-01', 'update', []],
      ['YZ-2026-02', 'update', []],
    ])
    expect(result.mapping.samples.备注).toBe('邻5"厂房')
    const [first, second] = await stored()
    expect([Number(first!.far_min), Number(first!.far_max), Number(first!.start_price)]).toEqual([1.2, 2, 38.5])
    expect(String(first!.available_from).slice(0, 10)).toBe('2026-03-01') // Excel's 46082
    expect(first!.is_net_land).toBe(true)
    expect([Number(second!.declared_area_mu), Number(second!.far_max), Number(second!.start_price)]).toEqual([
      22.5, 1.5, 40,
    ])
    expect(second!.is_net_land).toBe(false)
  })

  it('names the row and column of each value it cannot read, all in one report', async () => {
    const csv = ['地块编号,容积率,建筑密度,供地时间,是否净地', 'YZ-2026-01,2.0-1.2,≥30%,下个月,也许'].join('\r\n')
    const result = await runImport(scenario.database.db, {
      fileName: 'bad.csv',
      format: 'csv',
      content: csv,
      contentEncoding: 'text',
      repair: false,
      dryRun: true,
      actor,
    })
    expect(result.report.rows[0]!.errors).toEqual([
      '容积率: “2.0-1.2” is not a value or a range (2.0, 1.2-2.0, ≤2.0, ≥1.0)',
      '建筑密度: “≥30%” is a lower bound; this field keeps an upper bound only',
      '供地时间: “下个月” is not a date (2026-03-01, 2026.3, 2026年3月)',
      '是否净地: “也许” is neither yes (是) nor no (否)',
    ])
    expect(english({ key: 'value_not_date', params: { value: 'x' } })).toContain('not a date')
  })

  it('reports every bad feature of a file in one dry run, refuses to commit, and on request commits the rest', async () => {
    const request = (more: Partial<ImportRequest>): ImportRequest => ({
      fileName: 'five-bad.geojson',
      format: 'geojson',
      content: importFixture('five-bad-features-4549.geojson'),
      repair: false,
      dryRun: true,
      actor,
      ...more,
    })
    const dry = await runImport(scenario.database.db, request({}))
    expect(dry.report.rows.map((r) => [r.code, r.errors.join(' | ')])).toEqual([
      ['FB-01', ''],
      ['FB-02', 'feature 2: geometry is Point, a parcel needs a Polygon or MultiPolygon'],
      ['FB-03', 'feature 3: a ring is not closed (its first and last points differ)'],
      ['FB-04', 'feature 4: a ring has fewer than four points'],
      ['FB-05', 'feature 5: a coordinate is not a finite number (x)'],
      ['FB-06', expect.stringMatching(/^invalid outline: Self-intersection at POINT\(121\.\d+ 29\.\d+\)/)],
      ['FB-07', ''],
    ])
    const refused = await runImport(scenario.database.db, request({ dryRun: false }))
    expect([refused.batch, refused.skippedRows]).toEqual([null, []])
    const count = () =>
      scenario.database.db.selectFrom('parcels').where('code', 'like', 'FB-%').select('code').orderBy('code').execute()
    expect(await count()).toEqual([])
    const skipping = await runImport(scenario.database.db, request({ dryRun: false, skipBadRows: true }))
    expect(skipping.skippedRows).toEqual([2, 3, 4, 5, 6])
    expect(skipping.batch).toMatchObject({ inserted: 2 })
    expect(await count()).toEqual([{ code: 'FB-01' }, { code: 'FB-07' }])
  })

  it('joins a list of location points to the stored parcels: attributes only, far points and unknown codes said', async () => {
    const request = (more: Partial<ImportRequest>): ImportRequest => ({
      fileName: '位置点.csv',
      format: 'csv',
      content: importFixture('land-points-4549.csv'),
      srid: 4549,
      repair: false,
      dryRun: false,
      actor,
      ...more,
    })
    const outlines = () =>
      scenario.database.db.selectFrom('parcels').select(['code', 'area_mu', 'start_price']).orderBy('code').execute()
    const before = await outlines()
    const strict = await runImport(scenario.database.db, request({ allOrNothing: true }))
    expect(strict.batch).toBeNull()
    expect(strict.report.rows[2]!.errors).toEqual([expect.stringContaining('no parcel YZ-2099-99 is stored')])
    const result = await runImport(scenario.database.db, request({}))
    expect(result.notes).toEqual([
      expect.stringContaining('as surveyors write them'),
      expect.stringContaining('a list of location points (3 parcels)'),
    ])
    expect(result.report.rows.map((r) => [r.code, r.action, r.errors, r.warnings])).toEqual([
      ['YZ-2026-01', 'update', [], []],
      ['YZ-2026-02', 'update', [], [expect.stringMatching(/lies 200 m from the parcel’s outline, more than the 50 m/)]],
      ['YZ-2099-99', 'skip', [], [expect.stringContaining('no parcel YZ-2099-99 is stored')]],
    ])
    expect(result.skippedRows).toEqual([4])
    expect(result.batch).toMatchObject({ updated: 2 })
    const after = await outlines()
    expect(after.map((r) => [r.code, Number(r.start_price)])).toEqual([
      ...before.filter((r) => !r.code.startsWith('YZ-')).map((r) => [r.code, Number(r.start_price)]),
      ['YZ-2026-01', 45],
      ['YZ-2026-02', 46],
    ])
    expect(after.map((r) => r.area_mu)).toEqual(before.map((r) => r.area_mu)) // no outline moved
    const near = await runImport(scenario.database.db, request({ dryRun: true, pointToleranceM: 250 }))
    expect(near.report.rows[1]!.warnings).toEqual([])
  })

  it('names the outlines of a drawing without labels by the planner’s rule, and says which rule named each', async () => {
    const request = (more: Partial<ImportRequest>): ImportRequest => ({
      fileName: '红线.dxf',
      format: 'dxf',
      content: importFixture('red-lines-unlabelled-4549.dxf'),
      srid: 4549,
      repair: false,
      dryRun: true,
      actor,
      ...more,
    })
    const unnamed = await runImport(scenario.database.db, request({}))
    expect(unnamed.report.rows.map((r) => r.errors)).toEqual([
      [expect.stringContaining('no parcel code')],
      [expect.stringContaining('no parcel code')],
    ])
    const handles = await runImport(scenario.database.db, request({ codeRule: { by: 'layer_handle' } }))
    expect(handles.report.rows.map((r) => [r.code, r.codeFrom])).toEqual([
      [expect.stringMatching(/^用地红线-[0-9A-F]+$/), 'layer_handle'],
      [expect.stringMatching(/^用地红线-[0-9A-F]+$/), 'layer_handle'],
    ])
    const numbered = await runImport(
      scenario.database.db,
      request({ dryRun: false, codeRule: { by: 'number', prefix: 'FH-2026-' } }),
    )
    expect(numbered.report.rows.map((r) => [r.code, r.codeFrom, r.errors, Math.round(r.areaMu!)])).toEqual([
      ['FH-2026-001', 'number', [], 15],
      ['FH-2026-002', 'number', [], 15],
    ])
    expect(numbered.batch).toMatchObject({ inserted: 2 })
  })
})
