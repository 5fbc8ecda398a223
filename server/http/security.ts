import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { secureHeaders } from 'hono/secure-headers'
import type { Config } from '../config.js'
import { defaultLimits } from '../imports/geojson-reader.js'
import { ApiError } from './api-error.js'
import { isHttps } from './client-address.js'

export const MAX_JSON_BODY_BYTES = 1024 * 1024
/** An import's file may be 50 MB (the readers' limit); in base64 inside JSON that is 4/3 of it, and a little more. */
export const MAX_UPLOAD_BYTES = Math.ceil((defaultLimits.maxBytes * 4) / 3) + 1024 * 1024

/** Counts the bytes actually read, so a chunked body without Content-Length is cut off too. */
export function limitRequestBody(): MiddlewareHandler {
  const limitFor = (path: string) => (path.startsWith('/api/imports') ? MAX_UPLOAD_BYTES : MAX_JSON_BODY_BYTES)
  const limiters = new Map(
    [MAX_JSON_BODY_BYTES, MAX_UPLOAD_BYTES].map((maxSize) => [
      maxSize,
      bodyLimit({ maxSize, onError: () => tooLarge(maxSize) }),
    ]),
  )
  return (c, next) => limiters.get(limitFor(c.req.path))!(c, next)
}

function tooLarge(maxSize: number): never {
  throw new ApiError('body_too_large', `Request body exceeds ${Math.round(maxSize / 1024)} kB`)
}

/** Hosts the configured basemap loads tiles from: MapLibre fetches them, so they go into connect-src and img-src. */
export function basemapOrigins(basemap: Config['basemap']): string[] {
  if (basemap.kind === 'tianditu') return ['https://*.tianditu.gov.cn']
  if (basemap.kind !== 'osm') return []
  const match = /^(https?:)\/\/([^/]+)/.exec(basemap.osmTileUrl)
  if (!match) return []
  const [, protocol, host] = match as unknown as [string, string, string]
  // A `{s}.tile…` template spreads over subdomains: allow them all.
  return [host.includes('{') ? `${protocol}//*.${host.slice(host.indexOf('.') + 1)}` : `${protocol}//${host}`]
}

export function securityHeaders(config: Config): MiddlewareHandler {
  const tiles = basemapOrigins(config.basemap)
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // MapLibre runs its parser in Web Workers; an offline build may also create them from blob: URLs.
      workerSrc: ["'self'", 'blob:'],
      childSrc: ["'self'", 'blob:'],
      connectSrc: ["'self'", ...tiles],
      imgSrc: ["'self'", 'data:', 'blob:', ...tiles],
      styleSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    // Sent by strictTransport below, and only over HTTPS: over plain HTTP a browser ignores it (RFC 6797 §8.1).
    strictTransportSecurity: false,
  })
}

/** HSTS only on answers that travelled over HTTPS (directly, or through a trusted proxy that says so). */
export function strictTransport(config: Config): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (isHttps(c, config.trustProxy)) c.header('Strict-Transport-Security', 'max-age=15552000; includeSubDomains')
  }
}

/** Answers depend on who asks: no shared cache may keep them, and a browser must key them by cookie. */
export const privateCaching = createMiddleware(async (c, next) => {
  await next()
  // A route that decided its own caching (public tiles) keeps it; every other answer is private.
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'private, no-cache')
  c.header('Vary', 'Cookie', { append: true })
})
