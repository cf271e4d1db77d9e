import { decodeJwt, SignJWT, base64url } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.js'
import { realmPublicKeyPem, signWithRealmKey, tokenFor } from './helpers/tokens.js'

describe('the API trusts only valid realm tokens', () => {
  let t: TestApp
  let claims: Record<string, unknown>
  beforeAll(async () => {
    t = await startTestApp()
    claims = decodeJwt(await tokenFor('enterprise-a'))
  })
  afterAll(async () => t?.close())

  const me = (authorization?: string) =>
    t.app.inject({ method: 'GET', url: '/api/me', headers: authorization ? { authorization } : {} })

  it('the dev SSO writes Keycloak\'s access-token claims: typ Bearer, azp one of our clients', () => {
    expect(claims).toMatchObject({ typ: 'Bearer', azp: 'servicepack-cli' })
  })

  it('accepts a valid token and returns who the caller is', async () => {
    const res = await me(`Bearer ${await tokenFor('enterprise-a')}`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      sub: claims.sub,
      username: 'enterprise-a',
      roles: ['enterprise'],
      enterpriseUscc: '91310115MA1K4C7L8X',
      bureau: null,
      association: null,
    })
  })

  it('maps bureau and association claims', async () => {
    expect((await me(`Bearer ${await tokenFor('bureau-stcsm')}`)).json()).toMatchObject({ roles: ['bureau_officer'], bureau: 'stcsm' })
    expect((await me(`Bearer ${await tokenFor('association-ic')}`)).json()).toMatchObject({ roles: ['association'], association: 'sh-ic-association' })
  })

  const now = () => Math.floor(Date.now() / 1000)
  const refused: [string, () => Promise<string | undefined>][] = [
    ['no token', async () => undefined],
    ['a non-bearer scheme', async () => `Basic ${Buffer.from('enterprise-a:demo').toString('base64')}`],
    ['garbage', async () => 'Bearer not.a.jwt'],
    ['an expired token', async () => `Bearer ${await signWithRealmKey({ ...claims, iat: now() - 600, exp: now() - 60 })}`],
    ['a wrong issuer', async () => `Bearer ${await signWithRealmKey({ ...claims, iss: 'http://localhost:8180/realms/other', exp: now() + 300 })}`],
    ['a wrong audience', async () => `Bearer ${await signWithRealmKey({ ...claims, aud: 'servicepack-web', exp: now() + 300 })}`],
    ['nbf in the future', async () => `Bearer ${await signWithRealmKey({ ...claims, nbf: now() + 120, exp: now() + 300 })}`],
    ['iat in the future', async () => `Bearer ${await signWithRealmKey({ ...claims, iat: now() + 120, exp: now() + 300 })}`],
    ['older than the maximum age (1 h)', async () => `Bearer ${await signWithRealmKey({ ...claims, iat: now() - 3700, exp: now() + 300 })}`],
    ['an ID token (typ ID)', async () => `Bearer ${await signWithRealmKey({ ...claims, typ: 'ID', exp: now() + 300 })}`],
    ['a refresh-typed token', async () => `Bearer ${await signWithRealmKey({ ...claims, typ: 'Refresh', exp: now() + 300 })}`],
    ['a token of another client (azp)', async () => `Bearer ${await signWithRealmKey({ ...claims, azp: 'someone-else', exp: now() + 300 })}`],
    ['an unknown key id', async () => `Bearer ${await signWithRealmKey({ ...claims, exp: now() + 300 }, { kid: 'unknown-kid' })}`],
    [
      'a tampered signature',
      async () => {
        const [h, p, s] = (await tokenFor('enterprise-a')).split('.')
        const forged = base64url.encode(JSON.stringify({ ...claims, realm_access: { roles: ['admin'] } }))
        void p
        return `Bearer ${h}.${forged}.${s}`
      },
    ],
    [
      'alg: none',
      async () => {
        const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }))
        const payload = base64url.encode(JSON.stringify({ ...claims, exp: now() + 300 }))
        return `Bearer ${header}.${payload}.`
      },
    ],
    [
      'HS256 signed with the public key as secret',
      async () => {
        const secret = new TextEncoder().encode(await realmPublicKeyPem())
        const token = await new SignJWT({ ...claims, exp: now() + 300 }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(secret)
        return `Bearer ${token}`
      },
    ],
  ]

  it.each(refused)('refuses %s with 401 in the error shape', async (_, make) => {
    const res = await me(await make())
    expect(res.statusCode).toBe(401)
    expect(res.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized', correlationId: expect.any(String) })
  })

  it('refuses a valid token without the needed role with 403', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/enterprises', headers: { authorization: `Bearer ${await tokenFor('enterprise-a')}` } })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ statusCode: 403, error: 'Forbidden' })
  })

  it('answers an unknown route with 404 in the error shape, even without a token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/does-not-exist' })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ statusCode: 404, error: 'Not Found' })
  })

  it('verifies against the configured issuer (a token from this SSO is refused by an API set up for another realm)', async () => {
    const other = await startTestApp({ OIDC_ISSUER: inject('ssoIssuer').replace('/servicepack', '/elsewhere') })
    try {
      const res = await other.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${await tokenFor('admin')}` } })
      expect(res.statusCode).toBe(401)
    } finally {
      await other.close()
    }
  })
})
