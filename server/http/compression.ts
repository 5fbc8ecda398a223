import type { MiddlewareHandler } from 'hono'
import { COMPRESSIBLE_CONTENT_TYPE_REGEX, compress } from 'hono/compress'

/** The media type of Mapbox Vector Tiles. */
export const MVT_TYPE = 'application/vnd.mapbox-vector-tile'

/**
 * gzip for whatever the server writes that compresses (JSON, GeoJSON, tiles, CSV) above 1 KB; built assets arrive
 * already compressed (serveStatic's precompressed files) and pass through. Every answer says it varies by
 * Accept-Encoding, so a proxy or CDN keeps one copy per encoding and never hands gzip to a client that did not ask.
 */
export function compressResponses(): MiddlewareHandler {
  const gzip = compress({
    encoding: 'gzip',
    // Vector tiles are protocol buffers full of repeated keys and small integers: they shrink by half or more.
    contentTypeFilter: (type) => COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) || type.startsWith(MVT_TYPE),
  })
  return async (c, next) => {
    await gzip(c, next)
    if (!c.res.headers.get('Vary')?.includes('Accept-Encoding')) c.res.headers.append('Vary', 'Accept-Encoding')
  }
}
