import type { Context } from 'hono'
import { ApiError } from './api-error.js'

/** Strong ETags carry the record's version: `"7"`. */
export const etagOf = (version: number) => `"${version}"`

export function setEtag(c: Context, version: number) {
  c.header('ETag', etagOf(version))
}

/** The version an edit was based on; edits without one could silently overwrite someone else's. */
export function requiredIfMatch(c: Context): number {
  const header = c.req.header('if-match')
  if (!header) throw new ApiError('precondition_required', 'If-Match header required: send the ETag you last read')
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim())
  if (!match) throw new ApiError('precondition_required', 'If-Match must be one ETag such as "3" (not *)')
  return Number(match[1])
}

export class VersionConflict extends ApiError {
  constructor(readonly currentVersion: number) {
    super(
      'version_conflict',
      `Someone else changed this record; the current version is ${currentVersion}. Reload it and apply your change again.`,
    )
  }
}

/**
 * Whether an If-None-Match header names this ETag (RFC 9110 §13.1.2: a list, weak comparison, or `*`), so the
 * client's copy is current and a 304 saves rendering and sending it again.
 */
export function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag))
}
