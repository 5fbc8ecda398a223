import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { auditedUpdate } from '../../server/audit/audited-write.js'
import { hashPassword } from '../../server/auth/password.js'
import { type Role, roles } from '../../server/auth/policy.js'
import { insertChains, insertEnterprises } from '../../server/chains/chains.repo.js'
import type { Db } from '../../server/db/database.js'
import { insertLead } from '../../server/leads/leads.repo.js'
import { insertParks } from '../../server/parks/parks.repo.js'
import { insertProjectEvents } from '../../server/projects/project-events.repo.js'
import { insertProjects, lockProjectSnapshot, updateProject } from '../../server/projects/projects.repo.js'
import { insertTargets } from '../../server/projects/targets.repo.js'
import { insertUser } from '../../server/users/users.repo.js'
import { insertTestUnits, smallParkScenario, squareJson } from './scenarios.js'
import { insertSpaceCanaries } from './space-canaries.js'
import { insertStoryCanaries } from './story-canaries.js'

/** A random token per run: a value that can only appear in a response if a confidential field leaked. */
export const CANARY = `cnry${randomBytes(5).toString('hex')}`
const canary = (field: string) => `${CANARY}-${field}`

export const passwordOf = (role: Role) => `${role}-secret-pass`

/** One account per role, named after it, signing in with `passwordOf(role)`; returns their ids. */
export async function insertRoleUsers(db: Db, roles: readonly Role[], displayName: (role: Role) => string = () => '') {
  const ids = new Map<Role, number>()
  for (const role of roles)
    ids.set(
      role,
      await insertUser(db, {
        name: role,
        displayName: displayName(role),
        role,
        passwordHash: await hashPassword(passwordOf(role)),
      }),
    )
  return ids
}

/**
 * The small park plus everything confidential, each text field holding a canary: the pipeline (projects),
 * target enterprises, an unpublished park and parcel, staff-only parcel fields, users and the audit trail.
 */
export async function accessScenario(db: Db) {
  const base = await smallParkScenario(db)
  const userIds = await insertRoleUsers(db, roles, (role) => canary(`users.display_name.${role}`))
  await insertUser(db, {
    name: `u${CANARY}`,
    displayName: canary('users.display_name'),
    role: 'viewer',
    passwordHash: await hashPassword('unused-password'),
  })
  await db.transaction().execute(async (trx) => {
    const secretParks = await insertParks(trx, [
      {
        code: canary('parks.code'),
        name: canary('parks.name'),
        name_en: canary('parks.name_en'),
        region_id: base.regionId,
        level: 'county',
        positioning: canary('parks.positioning'),
        contact: canary('parks.contact'),
        published: false,
        geometryJson: squareJson(121.06, 30.06, 0.01),
      },
    ])
    // A platform on the unpublished park: the unit is public, the park's name and outline are not.
    await insertTestUnits(trx, base.regionId, secretParks.get(canary('parks.code'))!.id)
    // Unpublished but available: a candidate for every land list, so only the published filter keeps it out.
    await trx
      .updateTable('parcels')
      .set({
        status: 'available',
        location_desc: canary('parcels.location_desc'),
        town: canary('parcels.town'),
        contact: canary('parcels.contact'),
      })
      .where('code', '=', 'TP-SECRET')
      .execute()
    // A published parcel's staff-only field.
    await trx
      .updateTable('parcels')
      .set({ contact: canary('parcels.contact.published') })
      .where('code', '=', 'TP-01')
      .execute()
    const { chainIds, segmentIds } = await insertChains(trx, [
      {
        key: 'wind',
        name: '风电装备',
        name_en: 'Wind power',
        description: '',
        segments: [{ key: 'blade', name: '叶片', name_en: 'Blades', tier: 'upstream', sort: 1 }],
      },
    ])
    const chainId = chainIds.get('wind')!
    const segmentId = segmentIds.get('wind/blade')!
    await insertEnterprises(trx, [
      {
        name: '已落地叶片厂',
        name_en: 'Blade works',
        is_chain_master: true,
        flags: [],
        chain_id: chainId,
        segment_id: segmentId,
        region_id: base.regionId,
        status: 'existing',
        lonLat: [121.02, 30.02],
      },
      {
        name: canary('enterprises.name'),
        name_en: canary('enterprises.name_en'),
        origin: canary('enterprises.origin'),
        contact_stage: canary('enterprises.contact_stage'),
        contact: canary('enterprises.contact'),
        flags: [canary('enterprises.flags')],
        is_chain_master: false,
        chain_id: chainId,
        segment_id: segmentId,
        status: 'target',
        lonLat: [121.03, 30.03],
      },
    ])
    await insertProjects(trx, [
      {
        code: canary('projects.code'),
        name: canary('projects.name'),
        investor_name: canary('projects.investor_name'),
        investor_origin: canary('projects.investor_origin'),
        investor_flags: [canary('projects.investor_flags')],
        industry: canary('projects.industry'),
        land_category: 'industrial',
        stage: 'negotiating',
        total_investment_wan: 123456.7,
        land_need_mu: 88.8,
        park_id: base.parkId,
        responsible: canary('projects.responsible'),
        notes: canary('projects.notes'),
        landing_town: canary('projects.landing_town'),
        lonLat: [121.015, 30.015],
      },
    ])
  })
  const projectId = (await db.selectFrom('projects').select('id').executeTakeFirstOrThrow()).id
  await insertProjectEvents(db, [
    {
      project_id: projectId,
      from_stage: 'assessed',
      to_stage: 'negotiating',
      on_date: '2026-10-01',
      actor: canary('project_events.actor'),
      note: canary('project_events.note'),
    },
  ])
  await insertTargets(db, [{ region_id: base.regionId, year: 2026, metric: 'projects_1yi', target: 7 }])
  // One audited edit, so the audit trail holds confidential before/after values too.
  await auditedUpdate(db, {
    actor: { id: userIds.get('promoter')!, name: 'promoter' },
    entity: 'projects',
    id: projectId,
    expectedVersion: 1,
    lock: lockProjectSnapshot,
    apply: (trx) => updateProject(trx, projectId, { notes: canary('projects.notes.edited') }),
  })
  await insertCanaryLead(db, projectId)
  await insertStoryCanaries(db, canary, {
    parkId: base.parkId,
    publicParcelId: base.parcelIds.get('TP-01')!,
    secretParcelId: base.parcelIds.get('TP-SECRET')!,
    projectId,
    actorId: userIds.get('promoter')!,
  })
  const secretPark = await db
    .selectFrom('parks')
    .select('id')
    .where('code', '=', canary('parks.code'))
    .executeTakeFirstOrThrow()
  const space = await insertSpaceCanaries(db, canary, {
    regionId: base.regionId,
    parkId: base.parkId,
    secretParkId: secretPark.id,
    projectId,
  })
  const parcelIds = Object.fromEntries(base.parcelIds)
  const maxId = (
    await sql<{
      n: number
    }>`SELECT greatest((SELECT max(id) FROM parcels), (SELECT max(id) FROM users), (SELECT max(id) FROM projects), (SELECT max(id) FROM parks), (SELECT max(id) FROM enterprises), (SELECT max(id) FROM leads), (SELECT max(id) FROM stories), (SELECT max(id) FROM buildings), (SELECT max(id) FROM building_units))::int AS n`.execute(
      db,
    )
  ).rows[0]!.n
  return { ...base, userIds, projectId, parcelIds, maxId, ...space }
}

/** A lead from the interest form with a canary in every personal and free-text field. */
async function insertCanaryLead(db: Db, projectId: number) {
  await insertLead(db, {
    reference: canary('leads.reference'),
    project_id: projectId,
    company: canary('leads.company'),
    contact_name: canary('leads.contact_name'),
    phone: canary('leads.phone'),
    email: canary('leads.email'),
    land_need_mu: 120,
    industry: canary('leads.industry'),
    investment_wan: 50_000,
    message: canary('leads.message'),
    language: 'en',
    sites: [{ kind: 'parcel', ref: canary('leads.sites.ref'), parcel_ids: [] }],
    submitted: { company: canary('leads.submitted') },
    consent_at: '2026-11-20T08:00:00Z',
    reject_reason: canary('leads.reject_reason'),
  })
}
