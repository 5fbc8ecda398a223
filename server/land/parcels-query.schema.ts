import { z } from '@hono/zod-openapi'
import { bboxParam } from '../http/bbox.js'
import { idText } from '../http/params.js'
import { parcelStatuses } from './parcels.table.js'

export const MAX_PARCELS_PER_REQUEST = 20_000

/** `status=available,reserve`: a comma list checked against the allowlist of statuses. */
export const statusListParam = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(parcelStatuses)).min(1, 'name at least one status'))

/** Sort keys a request may name; each maps to one fixed column in the repository. `-key` sorts descending. */
export const parcelSortKeys = [
  'code',
  'area_mu',
  'start_price',
  'available_from',
  'km_port',
  'km_rail_station',
  'km_interchange',
  'km_airport',
] as const
export type ParcelSortKey = (typeof parcelSortKeys)[number]
const sortValues = [...parcelSortKeys, ...parcelSortKeys.map((k) => `-${k}` as const)] as const

const query = (name: string, extra: Record<string, unknown> = {}) => ({
  param: { name, in: 'query' as const },
  ...extra,
})
const number = (name: string, max: number) => z.coerce.number().min(0).max(max).optional().openapi(query(name))
const flag = (name: string) =>
  z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .openapi(query(name, { type: 'string' }))
const id = (name: string) => idText.optional().openapi(query(name))

export const parcelListQuerySchema = z.object({
  bbox: bboxParam.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PARCELS_PER_REQUEST)
    .default(5000)
    .openapi(query('limit', { example: 5000 })),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0).openapi(query('offset')),
  status: statusListParam.optional().openapi(query('status', { type: 'string', example: 'available,reserve' })),
  land_use: z
    .string()
    .regex(/^[0-9A-Za-z]{1,8}$/, 'expected a land-use code or its prefix, e.g. 1001')
    .optional()
    .openapi(query('land_use')),
  min_mu: number('min_mu', 1_000_000),
  max_mu: number('max_mu', 1_000_000),
  region: id('region'),
  park: id('park'),
  net_land: flag('net_land'),
  standard_land: flag('standard_land'),
  max_price: number('max_price', 1e8).openapi(query('max_price', { description: '起始价上限, 万元/亩' })),
  max_km_port: number('max_km_port', 20_000),
  max_km_rail_station: number('max_km_rail_station', 20_000),
  max_km_interchange: number('max_km_interchange', 20_000),
  max_km_airport: number('max_km_airport', 20_000),
  q: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .optional()
    .openapi(
      query('q', {
        description: 'Text in the parcel code or location, or a park or district named in Chinese, English or pinyin',
      }),
    ),
  sort: z
    .enum(sortValues)
    .default('code')
    .openapi(query('sort', { example: '-area_mu' })),
  format: z.enum(['geojson', 'json']).default('geojson').openapi(query('format')),
})

export type ParcelListQuery = z.infer<typeof parcelListQuerySchema>

/** What selects land (no paging, sorting or format): the parcel tiles take these too, for the overview's sums. */
export const parcelFilterSchema = parcelListQuerySchema.pick({
  status: true,
  land_use: true,
  min_mu: true,
  max_mu: true,
  region: true,
  park: true,
  net_land: true,
  standard_land: true,
  max_price: true,
  max_km_port: true,
  max_km_rail_station: true,
  max_km_interchange: true,
  max_km_airport: true,
  q: true,
})

export type ParcelFilter = z.infer<typeof parcelFilterSchema>
