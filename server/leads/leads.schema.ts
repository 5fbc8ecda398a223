import { z } from '@hono/zod-openapi'
import { idNumber } from '../http/params.js'
import { textLimits } from '../http/text-limits.js'
import { leadLanguages, leadSiteKinds, leadStatuses } from './leads.table.js'

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`)
const optionalText = (max: number) => text(max).optional()

/** Digits with the usual separators and an optional country code: 0574-87654321, +86 138 0000 0000. */
const PHONE = /^\+?[0-9][0-9 ()-]{5,24}$/

export const leadSiteSchema = z.object({
  kind: z.enum(leadSiteKinds),
  ref: text(textLimits.code)
    .min(1, 'name the site')
    .openapi({ description: 'A parcel id or code, a block id (B-…), or an assembled site as parcel ids "12,13,14"' }),
})

/** The public form: what an investor tells us, validated field by field (each refusal names its field). */
export const leadSubmissionSchema = z
  .object({
    company: text(textLimits.name).min(2, 'name the company'),
    contact_name: text(textLimits.name).min(1, 'name a contact person'),
    phone: text(64).regex(PHONE, 'expected a phone number such as 0574-87654321 or +86 138 0000 0000').optional(),
    email: z.email('expected an e-mail address').max(textLimits.name).optional(),
    land_need_mu: z.number().positive().max(100_000).optional(),
    industry: optionalText(textLimits.name),
    investment_wan: z.number().positive().max(100_000_000).optional(),
    message: optionalText(textLimits.text),
    language: z.enum(leadLanguages),
    consent: z.literal(true, 'consent to the handling of personal information is required'),
    sites: z.array(leadSiteSchema).max(10, 'at most 10 sites').optional(),
    website: z.string().max(200).optional().openapi({ description: 'Leave empty (a field people never see)' }),
    form_token: z
      .string()
      .max(200)
      .optional()
      .openapi({ description: 'From GET /api/leads/form: submissions faster than a person types are refused' }),
  })
  .strict()
  .refine((lead) => lead.phone || lead.email, { path: ['phone'], message: 'give a phone number or an e-mail address' })
  .openapi('LeadSubmission')

export type LeadSubmission = z.infer<typeof leadSubmissionSchema>

export const leadReceiptSchema = z
  .object({ reference: z.string().openapi({ example: 'YX-20261129-4F7K2Q' }) })
  .openapi('LeadReceipt')

export const leadFormSchema = z.object({ form_token: z.string(), min_fill_seconds: z.number() }).openapi('LeadForm')

export const leadSchema = z
  .object({
    id: z.number().int(),
    reference: z.string(),
    project_id: z.number().int(),
    company: z.string(),
    contact_name: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    land_need_mu: z.number().nullable(),
    industry: z.string().nullable(),
    investment_wan: z.number().nullable(),
    message: z.string(),
    language: z.enum(leadLanguages),
    sites: z.array(leadSiteSchema.extend({ parcel_ids: z.array(z.number().int()) })),
    source: z.literal('web_form'),
    status: z.enum(leadStatuses),
    owner_id: z.number().int().nullable(),
    owner_name: z.string().nullable(),
    reject_reason: z.string().nullable(),
    created_at: z.string(),
    working_days_open: z.number().int(),
    light: z.enum(['green', 'yellow', 'red']),
    version: z.number().int(),
  })
  .openapi('Lead')

export const leadListSchema = z.object({ leads: z.array(leadSchema), new_count: z.number().int() }).openapi('LeadList')

export const leadPatchSchema = z
  .object({
    status: z.enum(['assigned', 'converted', 'rejected']).optional(),
    owner_id: idNumber.nullable().optional(),
    reject_reason: text(textLimits.text).min(1, 'say why').optional(),
  })
  .strict()
  .refine((patch) => patch.status !== 'rejected' || patch.reject_reason, {
    path: ['reject_reason'],
    message: 'a rejection needs a reason',
  })
  .openapi('LeadPatch')

export const leadQuerySchema = z.object({
  status: z
    .enum(leadStatuses)
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
})
