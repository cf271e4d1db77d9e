import { loadSigningKey, passwordGrant } from '@servicepack/dev-sso'
import { decodeJwt, SignJWT, type JWTPayload } from 'jose'
import { inject } from 'vitest'

export type DemoUser =
  | 'enterprise-a'
  | 'enterprise-b'
  | 'coordinator'
  | 'coordinator-2'
  | 'bureau-sheitc'
  | 'bureau-stcsm'
  | 'bureau-planning'
  | 'association-ic'
  | 'association-bio'
  | 'admin'

const cache = new Map<string, string>()

/** A real access token for a demo user, through the dev SSO's direct access grant. */
export async function tokenFor(user: DemoUser): Promise<string> {
  const hit = cache.get(user)
  if (hit && (decodeJwt(hit).exp ?? 0) * 1000 > Date.now() + 30_000) return hit
  const { access_token } = await passwordGrant(inject('ssoIssuer'), user, 'demo')
  cache.set(user, access_token)
  return access_token
}

/** The `sub` of a demo user (the realm file's user id, as the dev SSO issues it). */
export async function subOf(user: DemoUser): Promise<string> {
  return decodeJwt(await tokenFor(user)).sub as string
}

export async function authHeader(user: DemoUser): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await tokenFor(user)}` }
}

/** Signs arbitrary claims with the realm's real key (to forge expired, wrong-audience … tokens). */
export async function signWithRealmKey(claims: JWTPayload, header: { alg?: string; kid?: string } = {}): Promise<string> {
  const key = await loadSigningKey(inject('ssoKeyFile'))
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT', ...header }).sign(key.privateKey)
}

export async function realmPublicKeyPem(): Promise<string> {
  const key = await loadSigningKey(inject('ssoKeyFile'))
  return key.publicKey.export({ type: 'spki', format: 'pem' }).toString()
}
