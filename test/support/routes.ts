import type { createApp } from '../../server/app.js'
import { CANARY } from './access-scenario.js'

export interface RouteEntry {
  method: string
  /** Hono's form, e.g. `/api/parcels/:id`. */
  path: string
}

/** Every API endpoint the router knows, from the router itself (not a hand-kept list). */
export function apiRoutes(app: ReturnType<typeof createApp>): RouteEntry[] {
  const seen = new Map<string, RouteEntry>()
  for (const route of app.routes) {
    if (route.method === 'ALL' || !route.path.startsWith('/api/')) continue
    seen.set(`${route.method} ${route.path}`, { method: route.method, path: route.path })
  }
  return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
}

/** A parameter with a file extension fixed by its pattern, e.g. `:y{[^/]+\.mvt}` (a tile's y and its `.mvt`). */
const PARAMETER_WITH_EXTENSION = /:(\w+)\{[^}]*?\\\.(\w+)\}/g

/** `/api/parcels/:id` → `/parcels/{id}`, and `:y{[^/]+\.mvt}` → `{y}.mvt`, as the OpenAPI document names them. */
export const openApiPath = (path: string) =>
  path
    .replace(/^\/api/, '')
    .replace(PARAMETER_WITH_EXTENSION, '{$1}.$2')
    .replace(/:(\w+)/g, '{$1}')

/** The route with every parameter given one value (keeping a fixed extension): `/api/parcels/7`, `/api/tiles/7/7/7/7.mvt`. */
export const concretePath = (path: string, value: string) =>
  path.replace(PARAMETER_WITH_EXTENSION, `${value}.$2`).replace(/:\w+/g, value)

export interface OpenApiParameter {
  name: string
  in: string
  schema?: { enum?: unknown[]; type?: string; pattern?: string; example?: unknown }
}

/** Numbers, and ids: decimal text the edge checks by pattern (`^[1-9][0-9]{0,9}$`) since it refuses anything else. */
const takesIds = (p: OpenApiParameter) =>
  p.schema?.type === 'integer' || p.schema?.type === 'number' || Boolean(p.schema?.pattern?.startsWith('^[1-9][0-9]'))

/** Query strings to try on a route: none, then each declared parameter with each enum value or a probing value. */
export function queryVariants(parameters: OpenApiParameter[], ids: number[]): string[] {
  const variants = ['']
  for (const p of parameters.filter((x) => x.in === 'query')) {
    const values = p.schema?.enum ?? (takesIds(p) ? ids : ['true', CANARY.slice(0, 4), '0,0,180,80'])
    for (const value of values) variants.push(`${p.name}=${encodeURIComponent(String(value))}`)
  }
  // Combinations of every enum parameter with every id, e.g. an audit entity with a record id.
  const enums = parameters.filter((p) => p.in === 'query' && p.schema?.enum)
  const numbers = parameters.filter((p) => p.in === 'query' && takesIds(p))
  for (const e of enums)
    for (const value of e.schema!.enum!)
      for (const n of numbers) for (const id of ids) variants.push(`${e.name}=${value}&${n.name}=${id}`)
  return variants
}
