import type { z } from '@hono/zod-openapi'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countAuditRows } from '../../../server/audit/audit.repo.js'
import type { auditHistorySchema } from '../../../server/audit/audit.schema.js'
import { auditedUpdate } from '../../../server/audit/audited-write.js'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import { lockParcelSnapshot, updateParcel } from '../../../server/land/parcels.repo.js'
import type { parcelFeatureSchema } from '../../../server/land/parcels.schema.js'
import { accessScenario } from '../../support/access-scenario.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

type ParcelFeature = z.infer<typeof parcelFeatureSchema>
type AuditHistory = z.infer<typeof auditHistorySchema>

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let scenario: Awaited<ReturnType<typeof accessScenario>>
let planner: TestSession
let colleague: TestSession

beforeAll(async () => {
  database = await createTestDatabase()
  scenario = await accessScenario(database.db)
  app = createTestApp(database)
  planner = await signIn(app, 'planner')
  colleague = await signIn(app, 'admin')
})
afterAll(() => database?.close())

const parcelPath = () => `/api/parcels/${scenario.parcelIds['TP-02']}`

describe('optimistic concurrency on parcels', () => {
  it('GET gives staff the version as an ETag', async () => {
    const res = await call(app, planner, 'GET', parcelPath())
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe('"1"')
  })

  it('two edits from the same version: one wins (200), the other gets 412 with the current version', async () => {
    const [a, b] = await Promise.all([
      call(app, planner, 'PATCH', parcelPath(), { body: { start_price: 31.5 }, ifMatch: '"1"' }),
      call(app, colleague, 'PATCH', parcelPath(), { body: { start_price: 42 }, ifMatch: '"1"' }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 412])
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a]
    expect(winner.headers.get('etag')).toBe('"2"')
    expect(loser.headers.get('etag')).toBe('"2"')
    expect(await jsonOf<ErrorEnvelope>(loser)).toMatchObject({
      code: 'version_conflict',
      message: expect.stringContaining('current version is 2'),
    })
    const kept = (await jsonOf<ParcelFeature>(winner)).properties.start_price
    const now = (await jsonOf<ParcelFeature>(await call(app, planner, 'GET', parcelPath()))).properties.start_price
    expect(now).toBe(kept)
  })

  it('an edit without If-Match is refused with 428 and changes nothing', async () => {
    const res = await call(app, planner, 'PATCH', parcelPath(), { body: { start_price: 1 } })
    expect(res.status).toBe(428)
    const wildcard = await call(app, planner, 'PATCH', parcelPath(), { body: { start_price: 1 }, ifMatch: '*' })
    expect(wildcard.status).toBe(428)
    const now = (await jsonOf<ParcelFeature>(await call(app, planner, 'GET', parcelPath()))).properties
    expect(now.start_price).not.toBe(1)
    expect(now.version).toBe(2)
  })

  it('names the field of an invalid edit', async () => {
    const res = await call(app, planner, 'PATCH', parcelPath(), { body: { status: 'idle' }, ifMatch: '"2"' })
    expect(res.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(res)).message).toMatch(/^idle_category: required when status is idle/)
    const unknownField = await call(app, planner, 'PATCH', parcelPath(), { body: { area_mu: 1 }, ifMatch: '"2"' })
    expect(unknownField.status).toBe(400)
  })

  it('keeps links to photos and announcements, http(s) only', async () => {
    const path = parcelPath()
    const version = (await call(app, planner, 'GET', path)).headers.get('etag')!
    const bad = await call(app, planner, 'PATCH', path, {
      body: { links: [{ title: '照片', url: 'javascript:alert(1)' }] },
      ifMatch: version,
    })
    expect(bad.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(bad)).message).toMatch(/^links\.0\.url/)
    const links = [{ title: '现场照片', url: 'https://example.gov.cn/photo.jpg' }]
    expect((await call(app, planner, 'PATCH', path, { body: { links }, ifMatch: version })).status).toBe(200)
    expect((await jsonOf<ParcelFeature>(await app.request(path))).properties.links).toEqual(links)
  })

  it('works the same on projects', async () => {
    const promoter = await signIn(app, 'promoter')
    const path = `/api/projects/${scenario.projectId}`
    const etag = (await call(app, promoter, 'GET', path)).headers.get('etag')!
    const first = await call(app, promoter, 'PATCH', path, { body: { stage: 'signed' }, ifMatch: etag })
    const second = await call(app, promoter, 'PATCH', path, { body: { stage: 'dropped' }, ifMatch: etag })
    expect([first.status, second.status]).toEqual([200, 412])
    expect((await jsonOf<ParcelFeature>(first)).properties).toMatchObject({
      stage: 'signed',
      version: Number(etag.replaceAll('"', '')) + 1,
    })
  })
})

describe('project lifecycle', () => {
  it('refuses a move the lifecycle does not allow with 409 naming the allowed ones, and records nothing', async () => {
    const promoter = await signIn(app, 'promoter')
    const path = `/api/projects/${scenario.projectId}`
    const etag = (await call(app, promoter, 'GET', path)).headers.get('etag')!
    const before = await countAuditRows(database.db, 'projects', String(scenario.projectId))
    const res = await call(app, promoter, 'PATCH', path, { body: { stage: 'lead' }, ifMatch: etag })
    expect(res.status).toBe(409)
    expect(await res.json()).toMatchObject({
      code: 'illegal_transition',
      message: 'stage: a project cannot move from signed to lead (allowed: land_supplied, dropped, transferred)',
    })
    expect(await countAuditRows(database.db, 'projects', String(scenario.projectId))).toBe(before)
    expect((await call(app, promoter, 'PATCH', path, { body: { stage: 'dropped' }, ifMatch: etag })).status).toBe(200)
  })
})

describe('audit trail', () => {
  it('one write makes exactly one audit row naming who, with before and after', async () => {
    const id = scenario.parcelIds['TP-01']!
    const before = await countAuditRows(database.db, 'parcels', String(id))
    const res = await call(app, planner, 'PATCH', `/api/parcels/${id}`, {
      body: { status: 'intended', available_from: '2027-03-01' },
      ifMatch: '"1"',
    })
    expect(res.status).toBe(200)
    expect(await countAuditRows(database.db, 'parcels', String(id))).toBe(before + 1)
    const history = await jsonOf<AuditHistory>(await call(app, planner, 'GET', `/api/audit?entity=parcels&id=${id}`))
    expect(history.entries[0]).toMatchObject({
      user_name: 'planner',
      action: 'update',
      changes: [
        { field: 'available_from', before: null, after: '2027-03-01' },
        { field: 'status', before: 'available', after: 'intended' },
      ],
    })
    expect(Date.now() - Date.parse(history.entries[0]!.at)).toBeLessThan(60_000)
  })

  it('a write that fails inside its transaction leaves no audit row and no change', async () => {
    const id = scenario.parcelIds['TP-01']!
    const rowsBefore = await countAuditRows(database.db, 'parcels', String(id))
    const version = (await lockParcelSnapshot(database.db, id))!.version
    const failing = auditedUpdate(database.db, {
      actor: { id: null, name: 'test' },
      entity: 'parcels',
      id,
      expectedVersion: version,
      lock: lockParcelSnapshot,
      apply: async (trx) => {
        await updateParcel(trx, id, { start_price: 999 })
        // Breaks the idle rule (status idle needs a category): the database refuses, the transaction rolls back.
        await sql`UPDATE parcels SET status = 'idle' WHERE id = ${id}`.execute(trx)
      },
    })
    await expect(failing).rejects.toMatchObject({ code: '23514' })
    expect(await countAuditRows(database.db, 'parcels', String(id))).toBe(rowsBefore)
    const after = (await lockParcelSnapshot(database.db, id))!
    expect(after.version).toBe(version)
    expect(after.start_price).not.toBe(999)
  })

  it('a refused edit (412) leaves no audit row either', async () => {
    const id = scenario.parcelIds['TP-01']!
    const rowsBefore = await countAuditRows(database.db, 'parcels', String(id))
    expect(
      (await call(app, planner, 'PATCH', `/api/parcels/${id}`, { body: { start_price: 5 }, ifMatch: '"1"' })).status,
    ).toBe(412)
    expect(await countAuditRows(database.db, 'parcels', String(id))).toBe(rowsBefore)
  })

  it('never stores a password hash: a password change shows only a changed fingerprint', async () => {
    const admin = colleague
    const viewerId = scenario.userIds.get('viewer')!
    const res = await call(app, admin, 'PATCH', `/api/users/${viewerId}`, {
      body: { password: 'a-new-password-1' },
      ifMatch: '"1"',
    })
    expect(res.status).toBe(200)
    const row = await database.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'users')
      .where('entity_id', '=', String(viewerId))
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(row)).not.toMatch(/scrypt\$/)
    const history = await jsonOf<AuditHistory>(await call(app, admin, 'GET', `/api/audit?entity=users&id=${viewerId}`))
    expect(history.entries[0]!.changes.map((c) => c.field)).toEqual(['password_fingerprint'])
  })
})
