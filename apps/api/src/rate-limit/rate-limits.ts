import type { Env } from '../config/env.js'

/** What a limit looks at: is there a verified caller, and does the request write? */
export interface RequestKind {
  signedIn: boolean
  method: string
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * The limits, per minute: anonymous requests per IP address; signed-in requests per user (`sub`),
 * with a tighter budget for writes. Pure; the guard applies them.
 */
export function rateLimits(env: Pick<Env, 'RATE_LIMIT_ANONYMOUS_PER_MINUTE' | 'RATE_LIMIT_USER_PER_MINUTE' | 'RATE_LIMIT_WRITES_PER_MINUTE'>): { name: (typeof THROTTLER_NAMES)[number]; limit: number; applies: (r: RequestKind) => boolean }[] {
  return [
    { name: 'anonymous', limit: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE, applies: (r) => !r.signedIn },
    { name: 'user', limit: env.RATE_LIMIT_USER_PER_MINUTE, applies: (r) => r.signedIn },
    { name: 'writes', limit: env.RATE_LIMIT_WRITES_PER_MINUTE, applies: (r) => r.signedIn && !READ_METHODS.has(r.method.toUpperCase()) },
  ]
}

export const RATE_WINDOW_MS = 60_000

/** Who a request counts against: the user when signed in, otherwise the client's IP address. */
export function trackerOf(principalSub: string | undefined, ip: string): string {
  return principalSub ? `user:${principalSub}` : `ip:${ip}`
}


export const THROTTLER_NAMES = ['anonymous', 'user', 'writes'] as const
