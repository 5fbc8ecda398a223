import { z } from '@hono/zod-openapi'
import { bboxParam } from '../http/bbox.js'
import { idText } from '../http/params.js'
import { buildingKinds, unitSorts, unitStatuses } from './space-enums.js'

export const MAX_UNITS_PER_REQUEST = 5000

const query = (name: string, extra: Record<string, unknown> = {}) => ({
  param: { name, in: 'query' as const },
  ...extra,
})
const number = (name: string, max: number, description: string) =>
  z.coerce.number().min(0).max(max).optional().openapi(query(name, { description }))
const flag = (name: string, description: string) =>
  z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .openapi(query(name, { type: 'string', description }))

/** What a unit must offer: the same filters for the unit list and for "buildings with such a unit". */
export const unitFilterShape = {
  min_m2: number('min_m2', 1e7, 'Floor area at least, ㎡'),
  max_m2: number('max_m2', 1e7, 'Floor area at most, ㎡'),
  min_floor_load: number('min_floor_load', 1000, 'Floor load at least, kN/㎡ (1 t/㎡ ≈ 9.8 kN/㎡)'),
  min_clear_height: number('min_clear_height', 100, 'Clear height at least, m'),
  min_power_kva: number('min_power_kva', 1e6, 'Power at least, kVA'),
  min_crane_t: number('min_crane_t', 1000, 'Crane capacity at least, t'),
  ground_floor: flag('ground_floor', 'Ground floor only'),
  max_rent: number('max_rent', 1e5, 'Rent at most, 元/㎡/月'),
  region: idText.optional().openapi(query('region')),
  park: idText.optional().openapi(query('park')),
  kind: z.enum(buildingKinds).optional().openapi(query('kind')),
  status: z
    .enum(unitStatuses)
    .optional()
    .openapi(query('status', { description: 'Staff: any status; the public sees vacant units only' })),
}
export type UnitFilters = z.infer<z.ZodObject<typeof unitFilterShape>>

const paging = {
  limit: z.coerce.number().int().min(1).max(MAX_UNITS_PER_REQUEST).default(500).openapi(query('limit')),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0).openapi(query('offset')),
}

const sortValues = [...unitSorts, ...unitSorts.map((k) => `-${k}` as const)] as const

export const unitListQuerySchema = z.object({
  ...unitFilterShape,
  ...paging,
  sort: z
    .enum(sortValues)
    .default('area_m2')
    .openapi(query('sort', { description: `One of ${unitSorts.join(', ')}; a leading - sorts descending` })),
})
export type UnitListQuery = z.infer<typeof unitListQuerySchema>

export const buildingListQuerySchema = z.object({
  ...unitFilterShape,
  ...paging,
  bbox: bboxParam.optional(),
  format: z.enum(['geojson', 'json']).default('geojson').openapi(query('format')),
  min_available_m2: number('min_available_m2', 1e8, 'Vacant floor area in the building at least, ㎡'),
})
export type BuildingListQuery = z.infer<typeof buildingListQuerySchema>

/** True when the query asks anything of the units, so a building must hold one unit that answers all of it. */
export const asksOfUnits = (q: UnitFilters): boolean =>
  [q.min_m2, q.max_m2, q.min_floor_load, q.min_clear_height, q.min_power_kva, q.min_crane_t, q.max_rent].some(
    (v) => v !== undefined,
  ) ||
  q.ground_floor === true ||
  q.status !== undefined
