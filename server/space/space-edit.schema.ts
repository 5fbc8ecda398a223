import { z } from '@hono/zod-openapi'
import { fitOuts } from './space-enums.js'

const text = (max: number) => z.string().trim().max(max)
const measure = (max: number) => z.number().positive().max(max)

/** What planners change on a building: its description and whether the public sees it; not its place or outline. */
export const buildingPatchSchema = z
  .object({
    name: text(200).min(1),
    name_en: text(200),
    address: text(300),
    address_en: text(300),
    floors: z.number().int().min(1).max(200).nullable(),
    gross_m2: measure(1e8).nullable(),
    year_built: z.number().int().min(1900).max(2100).nullable(),
    operator: text(200),
    operator_en: text(200),
    contact: text(200).nullable(),
    tax_over_100m: z.boolean(),
    published: z.boolean(),
    notes: text(2000),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one field to change')
  .openapi('BuildingPatch')

/** What planners change on a unit: its figures and terms. Reserving is the pipeline's (POST /projects/{id}/units). */
export const unitPatchSchema = z
  .object({
    area_m2: measure(1e7),
    clear_height_m: measure(100).nullable(),
    floor_load_kn: measure(1000).nullable(),
    column_grid: text(40).nullable(),
    crane_t: z.number().min(0).max(1000),
    power_kva: z.number().int().min(0).max(1e6).nullable(),
    has_lift: z.boolean(),
    has_loading_dock: z.boolean(),
    fit_out: z.enum(fitOuts),
    rent_yuan_m2_month: z.number().min(0).max(1e5).nullable(),
    sale_yuan_m2: z.number().min(0).max(1e7).nullable(),
    available_from: z.iso.date().nullable(),
    lease_terms: text(500),
    lease_terms_en: text(500),
    status: z.enum(['vacant', 'let']),
    tenant: text(200).nullable(),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one field to change')
  .refine((patch) => patch.status !== 'vacant' || !patch.tenant, {
    message: 'a vacant unit has no tenant',
    path: ['tenant'],
  })
  .openapi('UnitPatch')
