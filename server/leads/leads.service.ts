import { recordAudit } from '../audit/audit.repo.js'
import type { Db, DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { insertProjectSite, parcelsArea } from '../projects/project-sites.repo.js'
import { insertProjects, lockProjectSnapshot } from '../projects/projects.repo.js'
import type { LeadGuard } from './lead-guard.js'
import { leadReference } from './lead-rules.js'
import { resolveLeadSites } from './lead-sites.js'
import { insertLead, lockLeadSnapshot, publicParcelsNamed } from './leads.repo.js'
import type { LeadSubmission } from './leads.schema.js'
import type { LeadSite } from './leads.table.js'

export interface SubmissionContext {
  db: Db
  guard: LeadGuard
  address: string
  today: string
  nowMs: number
}

/** Who the audit trail names for what the public form writes. */
const WEB_FORM = { id: null, name: 'web_form' }

/**
 * "I'm interested": bots refused first (rate, honeypot, fill time), then the sites checked, then in one transaction a
 * project at stage `lead` with its sites, the lead with the submission verbatim, and their audit rows. The submitter
 * learns the reference and nothing else.
 */
export async function submitLead(
  ctx: SubmissionContext,
  submission: LeadSubmission,
  verbatim: unknown,
): Promise<{ reference: string }> {
  await ctx.guard.consume(ctx.address)
  if (submission.website) throw new ApiError('invalid_request', 'website: this field must stay empty')
  if (submission.form_token) ctx.guard.checkToken(submission.form_token, ctx.nowMs)
  const sites = await resolveLeadSites(ctx.db, submission.sites ?? [])
  const reference = leadReference(ctx.today)
  await ctx.db.transaction().execute(async (trx) => {
    const projectId = await insertLeadProject(trx, { submission, sites, reference, today: ctx.today })
    const { website: _honeypot, form_token: _token, ...kept } = verbatim as Record<string, unknown>
    const leadId = await insertLead(trx, {
      reference,
      project_id: projectId,
      company: submission.company,
      contact_name: submission.contact_name,
      phone: submission.phone ?? null,
      email: submission.email ?? null,
      land_need_mu: submission.land_need_mu ?? null,
      industry: submission.industry ?? null,
      investment_wan: submission.investment_wan ?? null,
      message: submission.message ?? '',
      language: submission.language,
      sites,
      submitted: kept,
      consent_at: new Date(ctx.nowMs).toISOString(),
    })
    await recordAudit(trx, {
      actor: WEB_FORM,
      action: 'create',
      entity: 'leads',
      entityId: leadId,
      before: null,
      after: await lockLeadSnapshot(trx, leadId),
    })
  })
  return { reference }
}

interface LeadProject {
  submission: LeadSubmission
  sites: LeadSite[]
  reference: string
  today: string
}

/** The pipeline's record of the lead: stage `lead`, where the first site lies, the sites shortlisted. */
async function insertLeadProject(trx: DbOrTrx, lead: LeadProject): Promise<number> {
  const { submission, sites, reference, today } = lead
  const firstParcelId = sites[0]?.parcel_ids[0]
  const [first] = firstParcelId ? await publicParcelsNamed(trx, { ids: [firstParcelId], codes: [] }) : []
  const [projectId] = await insertProjects(trx, [
    {
      code: reference,
      name: `${submission.company}（网上意向）`,
      investor_name: submission.company,
      investor_origin: null,
      investor_flags: [],
      industry: submission.industry ?? null,
      total_investment_wan: submission.investment_wan ?? 0,
      foreign_capital_wan_usd: 0,
      land_need_mu: submission.land_need_mu ?? 0,
      land_category: submission.land_need_mu ? 'industrial' : 'none',
      stage: 'lead',
      stage_changed_on: today,
      park_id: first?.park_id ?? null,
      parcel_id: first?.id ?? null,
      landing_region_id: first?.region_id ?? null,
      notes: submission.message ?? '',
      lonLat: null,
    },
  ])
  // A building is space, not land: the lead names it, and no parcel goes on the project's shortlist.
  for (const site of sites) if (site.parcel_ids.length > 0) await attachSite(trx, projectId!, site)
  await recordAudit(trx, {
    actor: WEB_FORM,
    action: 'create',
    entity: 'projects',
    entityId: projectId!,
    before: null,
    after: await lockProjectSnapshot(trx, projectId!),
  })
  return projectId!
}

async function attachSite(trx: DbOrTrx, projectId: number, site: LeadSite) {
  const { totalMu } = await parcelsArea(trx, site.parcel_ids)
  await insertProjectSite(trx, {
    projectId,
    parcelIds: site.parcel_ids,
    totalMu,
    score: null,
    profile: { source: 'web_form', kind: site.kind, ref: site.ref },
    note: `网上意向：${site.kind} ${site.ref}`,
    createdBy: WEB_FORM.name,
  })
}
