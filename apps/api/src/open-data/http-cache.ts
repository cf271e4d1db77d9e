import { createHash } from 'node:crypto'

/** A strong ETag of a response body. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

/** Whether an If-None-Match header names this ETag (a list, `*`, or weak forms). */
export function notModified(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const tags = (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch).split(',').map((t) => t.trim().replace(/^W\//, ''))
  return tags.includes('*') || tags.includes(etag)
}

/** Open data: any cache may keep it five minutes (a published month changes only by a correction). */
export const OPEN_DATA_CACHE_CONTROL = 'public, max-age=300'
