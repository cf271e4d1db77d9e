import { Inject, Injectable } from '@nestjs/common'
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose'
import { ENV } from '../config/config.module.js'
import { jwksUrl, type Env } from '../config/env.js'
import { principalFromClaims, type Principal } from './principal.js'

/** Verifies realm access tokens: RS256 only, issuer, audience, expiry, against the realm's JWKS. */
@Injectable()
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey

  constructor(@Inject(ENV) private readonly env: Env) {
    this.keys = createRemoteJWKSet(new URL(jwksUrl(env)), { cooldownDuration: 30_000, timeoutDuration: 5_000 })
  }

  async verify(token: string): Promise<Principal> {
    const { payload } = await jwtVerify(token, this.keys, {
      issuer: this.env.OIDC_ISSUER,
      audience: this.env.OIDC_AUDIENCE,
      algorithms: ['RS256'],
      requiredClaims: ['sub', 'exp', 'iat'],
      clockTolerance: 5,
    })
    return principalFromClaims(payload)
  }
}
