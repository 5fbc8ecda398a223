import { z } from '@hono/zod-openapi'
import { calendarDate } from '../http/params.js'
import { capitalCurrencies, capitalKinds } from './projects.table.js'

export const capitalArrivalSchema = z.object({
  id: z.number().int(),
  arrived_on: z.string(),
  amount_wan: z.number().openapi({ description: 'In 万 of the currency' }),
  currency: z.enum(capitalCurrencies),
  kind: z.enum(capitalKinds),
  note: z.string(),
  created_by: z.string(),
  created_at: z.string(),
})

export const capitalCreditSchema = z.object({
  year: z.number().int(),
  unit_id: z.number().int(),
  kind: z.enum(capitalKinds),
  currency: z.enum(capitalCurrencies),
  credited_wan: z.number(),
})

export const projectCapitalSchema = z
  .object({
    arrivals: z.array(capitalArrivalSchema),
    first_arrival_on: z.string().nullable(),
    shared_until: z.string().nullable().openapi({
      description: 'Arrivals before this day are shared 5:5 between the units; from it, the landing unit’s',
    }),
    credit: z
      .array(capitalCreditSchema)
      .openapi({ description: 'Per year, what each of the project’s units is credited (before rolling up the tree)' }),
  })
  .openapi('ProjectCapital')
export type ProjectCapital = z.infer<typeof projectCapitalSchema>

export const newCapitalArrivalSchema = z
  .object({
    arrived_on: calendarDate,
    amount_wan: z.number().positive().max(1e9),
    currency: z.enum(capitalCurrencies),
    kind: z.enum(capitalKinds),
    note: z.string().max(500).default(''),
  })
  .strict()
  .refine((a) => (a.kind === 'foreign_capital') === (a.currency === 'USD'), {
    message: 'foreign capital is counted in USD, every other kind in CNY',
    path: ['currency'],
  })
  .openapi('NewCapitalArrival')
export type NewCapitalArrival = z.infer<typeof newCapitalArrivalSchema>
