import { Inject, Injectable, Optional } from '@nestjs/common'
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type CryptoKey, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey, type KeyObject } from 'jose'
import { ENV } from '../config/config.module.js'
import { jwksUrl, type Env } from '../config/env.js'
import { principalFromClaims, type Principal } from './principal.js'
import { VerifiedTokenCache } from './verified-token-cache.js'

/** Seconds of clock skew tolerated on `exp`, `nbf` and `iat` (the SSO's clock and ours). */
export const TOKEN_LEEWAY_S = 5

/** How the realm's keys are fetched: a new `kid` is looked up at most once per cooldown; the set is refreshed after maxAge. */
export interface JwksTiming {
  cooldownMs: number
  cacheMaxAgeMs: number
}
export const JWKS_TIMING = Symbol('JWKS_TIMING')
const DEFAULT_TIMING: JwksTiming = { cooldownMs: 30_000, cacheMaxAgeMs: 600_000 }

type Env4Tokens = Pick<Env, 'OIDC_ISSUER' | 'OIDC_AUDIENCE' | 'OIDC_CLIENTS' | 'OIDC_TOKEN_MAX_AGE'>

/**
 * What an access token of our realm must be, beyond its signature (RS256 against the realm's keys):
 * our issuer and audience; not expired, not used before `nbf`, not issued in the future and not older
 * than OIDC_TOKEN_MAX_AGE (all with TOKEN_LEEWAY_S); an access token (`typ: "Bearer"`, as Keycloak and
 * the dev SSO write it — not an ID or refresh token); issued to one of our clients (`azp` in OIDC_CLIENTS).
 */
export async function verifyAccessToken(token: string, keys: JWTVerifyGetKey | CryptoKey | KeyObject, env: Env4Tokens, currentDate?: Date): Promise<JWTPayload> {
  const { payload } = await jwtVerify(token, keys as JWTVerifyGetKey, {
    issuer: env.OIDC_ISSUER,
    audience: env.OIDC_AUDIENCE,
    algorithms: ['RS256'],
    requiredClaims: ['sub', 'exp', 'iat', 'typ', 'azp'],
    clockTolerance: TOKEN_LEEWAY_S,
    maxTokenAge: env.OIDC_TOKEN_MAX_AGE,
    ...(currentDate ? { currentDate } : {}),
  })
  const problem = accessTokenProblem(payload, env.OIDC_CLIENTS)
  if (problem) throw new Error(problem)
  return payload
}

/** The claims jose does not check: the token's kind and the client it was issued to. */
export function accessTokenProblem(payload: JWTPayload, clients: readonly string[]): string | null {
  if (payload.typ !== 'Bearer') return `typ ${JSON.stringify(payload.typ)} is not an access token`
  if (typeof payload.azp !== 'string' || !clients.includes(payload.azp)) return `azp ${JSON.stringify(payload.azp)} is not one of our clients`
  return null
}

/**
 * Verifies realm access tokens against the realm's JWKS (a rotated key is fetched without a restart);
 * a token verified once is trusted again for up to a minute within its lifetime (VerifiedTokenCache).
 */
@Injectable()
export class TokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>
  private readonly verified = new VerifiedTokenCache()
  private published: { set: JSONWebKeySet; kids: Set<string | undefined> } | null = null
  /** Epoch milliseconds, as jose reads them (tests may move it). */
  now: () => number = Date.now

  constructor(@Inject(ENV) private readonly env: Env, @Optional() @Inject(JWKS_TIMING) timing?: JwksTiming) {
    const { cooldownMs, cacheMaxAgeMs } = timing ?? DEFAULT_TIMING
    this.keys = createRemoteJWKSet(new URL(jwksUrl(env)), { cooldownDuration: cooldownMs, cacheMaxAge: cacheMaxAgeMs, timeoutDuration: 5_000 })
  }

  async verify(token: string): Promise<Principal> {
    const now = this.now()
    const known = this.verified.get(token, now, (kid) => this.keyPublished(kid))
    if (known) return known
    const claims = await verifyAccessToken(token, this.keys, this.env, new Date(now))
    const principal = principalFromClaims(claims)
    const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : null
    const maxAgeEnd = typeof claims.iat === 'number' ? (claims.iat + this.env.OIDC_TOKEN_MAX_AGE) * 1000 : null
    this.verified.set(token, principal, now, exp, maxAgeEnd, kidOf(token))
    return principal
  }

  /** Whether a key is in the realm's key set as jose last fetched it (the set's kids memoised per fetch). */
  private keyPublished(kid: string): boolean {
    const set = this.keys.jwks()
    if (!set) return true
    if (this.published?.set !== set) this.published = { set, kids: new Set(set.keys.map((k) => k.kid)) }
    return this.published!.kids.has(kid)
  }
}

/** The `kid` of a token already verified (its header parsed again: cheap next to the signature). */
function kidOf(token: string): string | null {
  const { kid } = decodeProtectedHeader(token)
  return typeof kid === 'string' ? kid : null
}
