import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { batchesSchema, importResultSchema } from '../../../server/imports/imports.schema.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { importFixture } from '../../support/import-fixtures.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

type ImportResult = z.infer<typeof importResultSchema>

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let planner: TestSession
let promoter: TestSession

beforeAll(async () => {
  database = await createTestDatabase()
  await insertRoleUsers(database.db, ['planner', 'promoter'])
  app = createTestApp(database)
  planner = await signIn(app, 'planner')
  promoter = await signIn(app, 'promoter')
}, 120_000)
afterAll(() => database?.close())

// 宁波, in lon/lat as 高德 shows it: a 0.002° square, about 28.9 mu.
const file = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { 地块编号: 'GD-01', 用地性质: '工业用地' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [121.55, 29.87],
            [121.552, 29.87],
            [121.552, 29.872],
            [121.55, 29.872],
            [121.55, 29.87],
          ],
        ],
      },
    },
  ],
})
const post = (session: TestSession | null, body: Record<string, unknown>) =>
  call(app, session, 'POST', '/api/imports', {
    body: { file_name: 'gd.geojson', format: 'geojson', content: file, ...body },
  })

describe('POST /api/imports', () => {
  it('is for planners: 401 anonymous, 403 promotion staff', async () => {
    expect((await post(null, { crs: 'EPSG:4326' })).status).toBe(401)
    expect((await post(promoter, { crs: 'EPSG:4326' })).status).toBe(403)
  })

  it('asks for a coordinate system the file does not name, and refuses bad requests naming the field', async () => {
    const none = await post(planner, {})
    expect(none.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(none)).message).toContain('no coordinate system')
    const bad = await post(planner, { crs: 'WGS84' })
    expect(bad.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(bad)).message).toContain('crs')
    expect((await post(planner, { crs: 'EPSG:4326', format: 'dwg' })).status).toBe(400)
  })

  it('converts 高德 coordinates, commits a batch, lists it and undoes it', async () => {
    const dry = await jsonOf<ImportResult>(await post(planner, { crs: 'EPSG:4326', shifted: 'gcj02' }))
    expect(dry.report.ok).toBe(true)
    expect(dry.batch).toBeNull()
    const committed = await jsonOf<ImportResult>(
      await post(planner, { crs: 'EPSG:4326', shifted: 'gcj02', dry_run: false }),
    )
    expect(committed.batch).toMatchObject({ inserted: 1 })
    const parcel = await database.db
      .selectFrom('parcels')
      .select((eb) => ['land_use_code', eb.fn('ST_X', [eb.fn('ST_Centroid', ['geom'])]).as('lon')])
      .where('code', '=', 'GD-01')
      .executeTakeFirstOrThrow()
    expect(parcel.land_use_code).toBe('1001')
    expect(Number(parcel.lon)).toBeCloseTo(121.551 - 0.0043, 3) // 高德's offset here is about 430 m east
    const list = await jsonOf<z.infer<typeof batchesSchema>>(await call(app, planner, 'GET', '/api/imports'))
    expect(list.batches[0]).toMatchObject({
      id: committed.batch!.id,
      file_name: 'gd.geojson',
      created_by: 'planner',
      inserted: 1,
      undone_at: null,
    })
    expect((await call(app, promoter, 'POST', `/api/imports/${committed.batch!.id}/undo`)).status).toBe(403)
    const undone = await call(app, planner, 'POST', `/api/imports/${committed.batch!.id}/undo`)
    expect(await undone.json()).toEqual({ removed: 1, restored: 0 })
    expect((await call(app, planner, 'POST', `/api/imports/${committed.batch!.id}/undo`)).status).toBe(409)
    expect((await call(app, planner, 'POST', '/api/imports/999999/undo')).status).toBe(404)
  })

  it('tells the format by the file name, takes binary files in base64, and returns the outlines for the preview map', async () => {
    const xlsx = Buffer.from(importFixture('land-list-xy-swapped.xlsx')).toString('base64')
    const response = await post(planner, {
      file_name: '界址点.xlsx',
      format: undefined,
      content: xlsx,
      crs: 'EPSG:4549',
    })
    expect(response.status).toBe(200)
    const body = await jsonOf<ImportResult>(response)
    expect(body.mapping.fields).toMatchObject({ 'X坐标(m)': 'x', 'Y坐标(m)': 'y', 地块编号: 'code' })
    expect(body.outlines.map((o) => o.row)).toEqual([3, 8, 12])
    expect(JSON.parse(body.outlines[0]!.geometry).type).toBe('Polygon')
    expect(body.report.rows.map((r) => r.code)).toEqual(['NB-X1', 'NB-X2', 'NB-X3'])
  })

  it('names what is wrong in the request: an unknown extension, a binary file sent as text, a mapping to a column the file lacks', async () => {
    const message = async (body: Record<string, unknown>) => {
      const response = await post(planner, { crs: 'EPSG:4326', ...body })
      expect(response.status).toBe(400)
      return (await jsonOf<ErrorEnvelope>(response)).message as string
    }
    expect(await message({ file_name: 'parcels.dwg', format: undefined })).toMatch(
      /^format: “parcels\.dwg” has no extension an import reads/,
    )
    expect(await message({ file_name: 'a.zip', format: undefined, content_encoding: 'text' })).toBe(
      'content_encoding: a shapefile file is binary; send it in base64',
    )
    expect(await message({ mapping: { 宗地编号: 'code' } })).toBe('mapping: the file has no column “宗地编号”')
    expect(await message({ mapping: { 地块编号: 'geom' } })).toContain('mapping')
  })

  it('words the report, the notes and the refusals in Chinese when asked', async () => {
    const xlsx = Buffer.from(importFixture('land-list-xy-swapped.xlsx')).toString('base64')
    const refused = await post(planner, { file_name: '界址点.xlsx', format: undefined, content: xlsx, lang: 'zh' })
    expect(refused.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(refused)).message).toBe(
      '界址点.xlsx：坐标像米制坐标（如 645000, 3308000），但没有给出坐标系；应为 EPSG:4534–4554 之一，此处很可能是 EPSG:4549（中央经线 120°E）',
    )
    const body = await jsonOf<ImportResult>(
      await post(planner, { file_name: '界址点.xlsx', format: undefined, content: xlsx, crs: 'EPSG:4549', lang: 'zh' }),
    )
    expect(body.notes).toEqual([
      '“X坐标(m)”列是北坐标（或纬度），“Y坐标(m)”列是东坐标（或经度），即测量习惯的 X、Y；已按此读取',
    ])
    expect(body.report.rows[0]!.warnings).toEqual(['不在任何区县范围内'])
  })

  it('changes the proposed mapping column by column and, when asked, commits the good rows of a file with bad ones', async () => {
    const content = importFixture('five-bad-features-4549.geojson')
    const body = {
      file_name: 'bad.geojson',
      content: Buffer.from(content).toString('base64'),
      content_encoding: 'base64',
    }
    const changed = await jsonOf<ImportResult>(
      await call(app, planner, 'POST', '/api/imports', { body: { ...body, mapping_changes: { 用地性质: null } } }),
    )
    expect(changed.mapping).toMatchObject({ fields: { 地块编号: 'code' }, unmatched: ['用地性质'] })
    expect(changed.mapping.samples).toEqual({ 地块编号: 'FB-01', 用地性质: '一类工业用地' })
    const badField = await call(app, planner, 'POST', '/api/imports', { body: { ...body, skip_bad_rows: 'yes' } })
    expect(badField.status).toBe(400)
    expect(((await badField.json()) as ErrorEnvelope).message).toContain('skip_bad_rows')
    const committed = await jsonOf<ImportResult>(
      await call(app, planner, 'POST', '/api/imports', { body: { ...body, dry_run: false, skip_bad_rows: true } }),
    )
    expect(committed.skippedRows).toEqual([2, 3, 4, 5, 6])
    expect(committed.batch).toMatchObject({ inserted: 2 })
  })

  it('saves a mapping per source (planners only, audited), offers the one used last first, and reads a file with it', async () => {
    const put = (session: TestSession | null, name: string, body: unknown) =>
      call(app, session, 'PUT', `/api/imports/profiles/${encodeURIComponent(name)}`, { body })
    const body = { fields: { 地块编号: 'code', 用地性质: 'location_desc', 备注: 'contact' }, area_unit: 'mu' }
    expect((await put(null, '国土局', body)).status).toBe(401)
    expect((await put(promoter, '国土局', body)).status).toBe(403)
    const bad = await put(planner, '国土局', { fields: { 地块编号: 'parcel' } })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as ErrorEnvelope).message).toContain('fields')
    expect((await put(planner, '国土局', body)).status).toBe(200)
    expect((await put(planner, '园区办', { fields: { 地块编号: 'code' } })).status).toBe(200)
    const list = async () =>
      (await jsonOf<{ profiles: { name: string }[] }>(await call(app, planner, 'GET', '/api/imports/profiles')))
        .profiles
    expect((await list()).map((p) => p.name)).toEqual(['园区办', '国土局'])
    const content = Buffer.from(importFixture('five-bad-features-4549.geojson')).toString('base64')
    const file = { file_name: 'bad.geojson', content, content_encoding: 'base64' }
    const read = await jsonOf<ImportResult>(
      await call(app, planner, 'POST', '/api/imports', { body: { ...file, profile: '国土局' } }),
    )
    // The profile's columns the file has (备注 it has not), over the proposal; its area unit too.
    expect(read.mapping).toMatchObject({ fields: { 地块编号: 'code', 用地性质: 'location_desc' }, areaUnit: 'mu' })
    expect((await list()).map((p) => p.name)).toEqual(['国土局', '园区办']) // used last
    const unknown = await call(app, planner, 'POST', '/api/imports', { body: { ...file, profile: '无此方案' } })
    expect(unknown.status).toBe(400)
    expect(((await unknown.json()) as ErrorEnvelope).message).toBe('profile: no saved mapping “无此方案”')
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'import_profiles')
      .orderBy('id')
      .execute()
    expect(audit).toEqual([
      { action: 'create', entity_id: '国土局' },
      { action: 'create', entity_id: '园区办' },
    ])
  })
})
