import type { Principal } from './principal.js'

/** At most this many verified tokens are kept (≈1.5 kB each: the token and its principal). */
export const VERIFIED_TOKENS_MAX = 5_000
/** A verified token is trusted this long at most without checking its signature again. */
export const VERIFIED_TOKEN_TTL_MS = 60_000

/**
 * Tokens whose signature and claims were verified, keyed by the token itself, with the principal read
 * from them: an RS256 verification costs ≈130 µs of CPU on every request, a lookup here ≈0. Each entry
 * lives until the first of: the token's `exp`, the end of its allowed age (`iat` + OIDC_TOKEN_MAX_AGE),
 * VERIFIED_TOKEN_TTL_MS after it was verified, or the moment its signing key (`kid`) is no longer in the
 * realm's key set as last fetched (`keyPublished`): a key withdrawn from the JWKS stops being honoured as
 * soon as the verifier sees the new set. Least recently used entries go first beyond VERIFIED_TOKENS_MAX.
 * Times in epoch milliseconds, given by the caller (the verifier reads the same clock as jose).
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, { principal: Principal; until: number; kid: string | null }>()

  constructor(
    private readonly max = VERIFIED_TOKENS_MAX,
    private readonly ttlMs = VERIFIED_TOKEN_TTL_MS,
  ) {}

  get size(): number {
    return this.entries.size
  }

  /** The principal of a token verified before and still trusted; `keyPublished` says whether a signing key is still in the realm's key set. */
  get(token: string, now: number, keyPublished: (kid: string) => boolean = () => true): Principal | undefined {
    const entry = this.entries.get(token)
    if (!entry) return undefined
    this.entries.delete(token)
    if (entry.until <= now || (entry.kid !== null && !keyPublished(entry.kid))) return undefined
    this.entries.set(token, entry) // most recently used last
    return entry.principal
  }

  /** Keeps a verified token; `exp` and `maxAgeEnd` in epoch milliseconds (null: the claim is absent); `kid` the key that signed it. */
  set(token: string, principal: Principal, now: number, exp: number | null, maxAgeEnd: number | null, kid: string | null = null): void {
    const until = Math.min(now + this.ttlMs, exp ?? Infinity, maxAgeEnd ?? Infinity)
    if (until <= now) return
    this.entries.delete(token)
    this.entries.set(token, { principal: Object.freeze(principal), until, kid })
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!)
  }
}
