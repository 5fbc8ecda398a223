import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { loadDemo } from '../../../server/demo/load-demo.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { blockCollectionSchema } from '../../../server/land/blocks.schema.js'
import type { leadListSchema, leadSchema } from '../../../server/leads/leads.schema.js'
import type { projectCollectionSchema } from '../../../server/projects/projects.schema.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

type LeadList = z.infer<typeof leadListSchema>
type Lead = z.infer<typeof leadSchema>

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let promoter: TestSession
let clock = Date.parse('2026-11-27T02:00:00Z')
let parcel: { id: number; code: string }
let blockId: string

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemo(database.db)
  await insertRoleUsers(database.db, ['promoter'])
  app = createTestApp(database, { LEADS_PER_HOUR: '1000' }, { now: () => new Date(clock) })
  promoter = await signIn(app, 'promoter')
  parcel = await database.db
    .selectFrom('parcels')
    .select(['id', 'code'])
    .where('published', '=', true)
    .where('status', '=', 'available')
    .orderBy('id')
    .executeTakeFirstOrThrow()
  const blocks = await jsonOf<z.infer<typeof blockCollectionSchema>>(await app.request('/api/blocks?min_mu=100'))
  blockId = blocks.features[0]!.properties.block_id
}, 120_000)
afterAll(() => database?.close())

const valid = () => ({
  company: 'Nordwind Composites GmbH',
  contact_name: 'Anna Berg',
  email: 'anna.berg@nordwind.example',
  land_need_mu: 120,
  industry: 'Wind turbine blades',
  investment_wan: 80_000,
  message: '  We need 120 mu near a port.  ',
  language: 'en',
  consent: true,
  sites: [{ kind: 'parcel', ref: parcel.code }],
})

const submit = (body: unknown, targetApp = app) => call(targetApp, null, 'POST', '/api/leads', { body })

const counts = async () => {
  const [leads, projects] = await Promise.all([
    database.db
      .selectFrom('leads')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
    database.db
      .selectFrom('projects')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { leads: Number(leads.n), projects: Number(projects.n) }
}

describe('POST /api/leads: the public interest form', () => {
  it.each([
    ['company', { company: '' }],
    ['contact_name', { contact_name: ' ' }],
    ['phone', { phone: 'call me' }],
    ['email', { email: 'anna@' }],
    ['phone', { email: undefined }],
    ['land_need_mu', { land_need_mu: -5 }],
    ['investment_wan', { investment_wan: 'lots' }],
    ['language', { language: 'fr' }],
    ['consent', { consent: false }],
    ['message', { message: 'x'.repeat(2001) }],
    ['sites', { sites: [{ kind: 'castle', ref: '1' }] }],
    ['sites[0].ref', { sites: [{ kind: 'parcel', ref: 'NO-SUCH-PARCEL' }] }],
    ['sites[0].ref', { sites: [{ kind: 'block', ref: 'B-NOWHERE' }] }],
    ['sites[0].ref', { sites: [{ kind: 'site', ref: '1;DROP TABLE parcels' }] }],
    ['sites[0].ref', { sites: [{ kind: 'building', ref: '999999' }] }],
    ['sites[0].ref', { sites: [{ kind: 'building', ref: 'HS-TY01' }] }],
  ])('refuses a bad %s with a 400 naming it, creating nothing', async (field, change) => {
    const before = await counts()
    const res = await submit({ ...valid(), ...change })
    expect(res.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(res)).message).toContain(field)
    expect(await counts()).toEqual(before)
  })

  it('refuses the honeypot and a form sent faster than a person types, creating nothing', async () => {
    const before = await counts()
    const trap = await submit({ ...valid(), website: 'http://spam.example' })
    expect(trap.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(trap)).message).toContain('website')
    const form = await jsonOf<{ form_token: string }>(await app.request('/api/leads/form'))
    clock += 1000
    const hasty = await submit({ ...valid(), form_token: form.form_token })
    expect(hasty.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(hasty)).message).toContain('form_token')
    const forged = await submit({ ...valid(), form_token: `${clock - 60_000}.forged` })
    expect(forged.status).toBe(400)
    expect(await counts()).toEqual(before)
    clock += 5000
    expect((await submit({ ...valid(), form_token: form.form_token })).status).toBe(201)
  })

  it('limits submissions per address', async () => {
    const limited = createTestApp(database, { LEADS_PER_HOUR: '2' }, { now: () => new Date(clock) })
    expect((await submit(valid(), limited)).status).toBe(201)
    expect((await submit({ ...valid(), website: 'x' }, limited)).status).toBe(400)
    const before = await counts()
    const refused = await submit(valid(), limited)
    expect(refused.status).toBe(429)
    expect(await counts()).toEqual(before)
  })

  it('takes interest in a published building (载体) by its id', async () => {
    const { items } = await jsonOf<{ items: { id: number }[] }>(await app.request('/api/buildings?format=json&limit=1'))
    const res = await submit({ ...valid(), sites: [{ kind: 'building', ref: String(items[0]!.id) }] })
    expect(res.status).toBe(201)
    const { reference } = await jsonOf<{ reference: string }>(res)
    const { leads } = await jsonOf<LeadList>(await call(app, promoter, 'GET', '/api/leads'))
    expect(leads.find((l) => l.reference === reference)!.sites).toEqual([
      { kind: 'building', ref: String(items[0]!.id), parcel_ids: [] },
    ])
  })

  it('answers the reference only, and staff find the lead with its project at stage lead and its sites', async () => {
    const res = await submit({
      ...valid(),
      sites: [
        { kind: 'parcel', ref: parcel.code },
        { kind: 'block', ref: blockId },
      ],
    })
    expect(res.status).toBe(201)
    const receipt = await jsonOf<Record<string, string>>(res)
    expect(Object.keys(receipt)).toEqual(['reference'])
    expect(receipt.reference).toMatch(/^YX-20261127-[0-9A-Z]{6}$/)
    const { leads, new_count } = await jsonOf<LeadList>(await call(app, promoter, 'GET', '/api/leads'))
    const lead = leads.find((l) => l.reference === receipt.reference)!
    expect(lead).toMatchObject({
      company: 'Nordwind Composites GmbH',
      status: 'new',
      source: 'web_form',
      light: 'green',
    })
    expect(lead.message).toBe('We need 120 mu near a port.')
    expect(lead.sites[0]!.parcel_ids).toEqual([parcel.id])
    expect(lead.sites[1]!.parcel_ids.length).toBeGreaterThan(1)
    expect(new_count).toBeGreaterThanOrEqual(1)
    const verbatim = await database.db
      .selectFrom('leads')
      .select('submitted')
      .where('id', '=', lead.id)
      .executeTakeFirstOrThrow()
    expect((verbatim.submitted as { message: string }).message).toBe('  We need 120 mu near a port.  ')
    const projects = await jsonOf<z.infer<typeof projectCollectionSchema>>(
      await call(app, promoter, 'GET', '/api/projects?stage=lead'),
    )
    const project = projects.features.find((f) => f.properties.code === receipt.reference)!
    expect(project.properties).toMatchObject({
      stage: 'lead',
      investor_name: 'Nordwind Composites GmbH',
      parcel_id: parcel.id,
    })
    expect(projects.features.every((f) => f.properties.stage === 'lead')).toBe(true)
    const { sites } = await jsonOf<{ sites: { parcel_ids: number[] }[] }>(
      await call(app, promoter, 'GET', `/api/projects/${lead.project_id}/sites`),
    )
    expect(sites.map((site) => site.parcel_ids).sort()).toEqual(lead.sites.map((site) => site.parcel_ids).sort())
    const audit = await call(app, promoter, 'GET', `/api/audit?entity=leads&id=${lead.id}`)
    expect(await audit.text()).toContain('web_form')
  })

  it('keeps leads from the public: 401 on the list, the pipeline and the audit', async () => {
    for (const path of ['/api/leads', '/api/projects?stage=lead', '/api/audit?entity=leads&id=1'])
      expect((await app.request(path)).status, path).toBe(401)
  })
})

const stageOf = async (projectId: number) =>
  (await database.db.selectFrom('projects').select('stage').where('id', '=', projectId).executeTakeFirstOrThrow()).stage

describe('PATCH /api/leads/{id}: staff take a lead up', () => {
  const newLead = async () => {
    const { reference } = await jsonOf<{ reference: string }>(await submit(valid()))
    const { leads } = await jsonOf<LeadList>(await call(app, promoter, 'GET', '/api/leads?status=new'))
    return leads.find((l) => l.reference === reference)!
  }
  const patch = (lead: Lead, body: unknown, version = lead.version) =>
    call(app, promoter, 'PATCH', `/api/leads/${lead.id}`, { body, ifMatch: `"${version}"` })

  it('assigns an owner, then rejects with a reason, dropping the project; a decided lead stays decided', async () => {
    const lead = await newLead()
    const owner = await database.db.selectFrom('users').select('id').executeTakeFirstOrThrow()
    const assigned = await jsonOf<Lead>(await patch(lead, { owner_id: owner.id }))
    expect(assigned).toMatchObject({ status: 'assigned', owner_id: owner.id, version: lead.version + 1 })
    const noReason = await patch(assigned, { status: 'rejected' })
    expect(noReason.status).toBe(400)
    expect(await noReason.text()).toContain('reject_reason')
    const stale = await patch(lead, { status: 'converted' })
    expect(stale.status).toBe(412)
    const rejected = await jsonOf<Lead>(
      await patch(assigned, { status: 'rejected', reject_reason: 'Outside our chains' }),
    )
    expect(rejected.status).toBe('rejected')
    expect(await stageOf(lead.project_id)).toBe('dropped')
    expect((await patch(rejected, { status: 'converted' })).status).toBe(409)
  })

  it('converts a lead into a project under assessment', async () => {
    const lead = await newLead()
    expect((await jsonOf<Lead>(await patch(lead, { status: 'converted' }))).status).toBe('converted')
    expect(await stageOf(lead.project_id)).toBe('assessed')
  })

  it('lights a lead left untouched: yellow after 3 working days, red after 7', async () => {
    const lead = await newLead()
    const lightOn = async (day: string) => {
      const dated = createTestApp(database, {}, { now: () => new Date(`${day}T04:00:00Z`) })
      const session = await signIn(dated, 'promoter')
      const { leads } = await jsonOf<LeadList>(await call(dated, session, 'GET', '/api/leads'))
      return leads.find((l) => l.id === lead.id)!
    }
    // Submitted Friday 27 November 2026.
    expect(await lightOn('2026-12-01')).toMatchObject({ working_days_open: 2, light: 'green' })
    expect(await lightOn('2026-12-02')).toMatchObject({ working_days_open: 3, light: 'yellow' })
    expect(await lightOn('2026-12-08')).toMatchObject({ working_days_open: 7, light: 'red' })
  })
})
