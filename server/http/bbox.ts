import { z } from '@hono/zod-openapi'

export type Bbox = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number]

/** Parses `minLon,minLat,maxLon,maxLat`; every message is meant to be read by whoever built the URL. */
export function parseBbox(text: string): { ok: true; bbox: Bbox } | { ok: false; message: string } {
  const parts = text.split(',')
  if (parts.length !== 4) return { ok: false, message: 'expected 4 numbers: minLon,minLat,maxLon,maxLat' }
  const numbers = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)))
  if (numbers.some((n) => !Number.isFinite(n))) return { ok: false, message: 'every value must be a finite number' }
  const [minLon, minLat, maxLon, maxLat] = numbers as [number, number, number, number]
  if (minLon < -180 || maxLon > 180) return { ok: false, message: 'longitude must lie within -180..180' }
  if (minLat < -90 || maxLat > 90) return { ok: false, message: 'latitude must lie within -90..90' }
  if (minLon >= maxLon || minLat >= maxLat)
    return { ok: false, message: 'min must be less than max (minLon,minLat,maxLon,maxLat)' }
  return { ok: true, bbox: [minLon, minLat, maxLon, maxLat] }
}

export const bboxParam = z
  .string()
  .transform((text, ctx) => {
    const parsed = parseBbox(text)
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message })
      return z.NEVER
    }
    return parsed.bbox
  })
  .openapi({ param: { name: 'bbox', in: 'query' }, example: '121.3,29.3,122.0,29.9', type: 'string' })
