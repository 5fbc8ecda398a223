import type { Context } from 'hono'

const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'] as const

function socketAddress(c: Context): string | undefined {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  return incoming?.socket?.remoteAddress
}

const isLoopback = (address: string) =>
  address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.')

/**
 * Who is asking: the socket's peer, or, only when TRUST_PROXY says a reverse proxy of ours sits in front, the
 * first address of X-Forwarded-For (anyone can send that header to a server reached directly).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  return socketAddress(c) ?? 'unknown'
}

/**
 * A request from this machine itself, not relayed: a loopback peer and no proxy header. A reverse proxy on the same
 * host connects from loopback too, but adds its headers, so the public behind it never counts as local.
 */
export function isLocalRequest(c: Context): boolean {
  const peer = socketAddress(c)
  return peer !== undefined && isLoopback(peer) && PROXY_HEADERS.every((h) => c.req.header(h) === undefined)
}

/** Served over HTTPS: by the URL, or by the proxy's X-Forwarded-Proto when it is trusted. */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
}
