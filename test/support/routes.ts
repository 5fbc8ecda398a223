import type { createApp } from '../../server/app.js'

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

/** `/api/parcels/:id` → `/parcels/{id}`, as the OpenAPI document names it. */
export const openApiPath = (path: string) => path.replace(/^\/api/, '').replace(/:(\w+)/g, '{$1}')
