import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

const safeId = /^[A-Za-z0-9._:-]{1,128}$/

/** Reuses a caller's X-Request-Id when it is safe to log, otherwise makes a new one. */
export function requestIdFor(req: Pick<IncomingMessage, 'headers'>): string {
  const given = req.headers['x-request-id']
  const value = Array.isArray(given) ? given[0] : given
  return value && safeId.test(value) ? value : randomUUID()
}
