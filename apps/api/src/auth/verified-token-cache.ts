import type { Principal } from './principal.js'

/** At most this many verified tokens are kept (≈1.5 kB each: the token and its principal). */
export const VERIFIED_TOKENS_MAX = 5_000
/** A verified token is trusted this long at most without checking its signature again. */
export const VERIFIED_TOKEN_TTL_MS = 60_000

/**
 * Tokens whose signature and claims were verified, keyed by the token itself, with the principal read
 * from them: an RS256 verification costs ≈130 µs of CPU on every request, a lookup here ≈0. Each entry
 * lives until the first of: the token's `exp`, the end of its allowed age (`iat` + OIDC_TOKEN_MAX_AGE),
 * VERIFIED_TOKEN_TTL_MS after it was verified — so a key withdrawn from the realm's JWKS stops being
 * honoured within that minute. Least recently used entries go first beyond VERIFIED_TOKENS_MAX.
 * Times in epoch milliseconds, given by the caller (the verifier reads the same clock as jose).
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, { principal: Principal; until: number }>()

  constructor(
    private readonly max = VERIFIED_TOKENS_MAX,
    private readonly ttlMs = VERIFIED_TOKEN_TTL_MS,
  ) {}

  get size(): number {
    return this.entries.size
  }

  get(token: string, now: number): Principal | undefined {
    const entry = this.entries.get(token)
    if (!entry) return undefined
    this.entries.delete(token)
    if (entry.until <= now) return undefined
    this.entries.set(token, entry) // most recently used last
    return entry.principal
  }

  /** Keeps a verified token; `exp` and `maxAgeEnd` in epoch milliseconds (null: the claim is absent). */
  set(token: string, principal: Principal, now: number, exp: number | null, maxAgeEnd: number | null): void {
    const until = Math.min(now + this.ttlMs, exp ?? Infinity, maxAgeEnd ?? Infinity)
    if (until <= now) return
    this.entries.delete(token)
    this.entries.set(token, { principal: Object.freeze(principal), until })
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!)
  }
}
