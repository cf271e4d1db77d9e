import { generateKeyPair, SignJWT, type JWTPayload } from 'jose'
import { describe, expect, it } from 'vitest'
import { accessTokenProblem, TOKEN_LEEWAY_S, verifyAccessToken } from './token-verifier.js'

const env = { OIDC_ISSUER: 'https://sso.example/realms/servicepack', OIDC_AUDIENCE: 'servicepack-api', OIDC_CLIENTS: ['servicepack-web', 'servicepack-admin'], OIDC_TOKEN_MAX_AGE: 3600 }
const NOW = new Date('2026-12-06T03:00:00Z')
const now = NOW.getTime() / 1000
const { publicKey, privateKey } = await generateKeyPair('RS256')
const valid: JWTPayload = { iss: env.OIDC_ISSUER, aud: env.OIDC_AUDIENCE, sub: 'u1', typ: 'Bearer', azp: 'servicepack-web', iat: now - 10, exp: now + 290 }
const sign = (claims: JWTPayload) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).sign(privateKey)
const without = (key: string) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))

describe('verifyAccessToken: what an access token of our realm must be', () => {
  const cases: [string, JWTPayload, boolean][] = [
    ['a valid access token', valid, true],
    ['from the admin app', { ...valid, azp: 'servicepack-admin' }, true],
    ['nbf within the leeway', { ...valid, nbf: now + TOKEN_LEEWAY_S - 1 }, true],
    ['iat within the leeway', { ...valid, iat: now + TOKEN_LEEWAY_S - 1 }, true],
    ['exactly the maximum age', { ...valid, iat: now - 3600, exp: now + 60 }, true],
    ['nbf in the future', { ...valid, nbf: now + 60 }, false],
    ['iat in the future', { ...valid, iat: now + 60 }, false],
    ['older than the maximum age', { ...valid, iat: now - 3600 - TOKEN_LEEWAY_S - 1, exp: now + 60 }, false],
    ['no iat', without('iat'), false],
    ['expired', { ...valid, exp: now - 60 }, false],
    ['an ID token (typ ID)', { ...valid, typ: 'ID' }, false],
    ['a refresh token (typ Refresh)', { ...valid, typ: 'Refresh' }, false],
    ['typ in lower case', { ...valid, typ: 'bearer' }, false],
    ['no typ', without('typ'), false],
    ['another client', { ...valid, azp: 'other-app' }, false],
    ['the cli client when not configured', { ...valid, azp: 'servicepack-cli' }, false],
    ['no azp', without('azp'), false],
    ['azp not a string', { ...valid, azp: ['servicepack-web'] }, false],
    ['another audience', { ...valid, aud: 'servicepack-web' }, false],
    ['another issuer', { ...valid, iss: 'https://sso.example/realms/other' }, false],
  ]
  it.each(cases)('%s → accepted: %s', async (_, claims, accepted) => {
    const outcome = verifyAccessToken(await sign(claims), publicKey, env, NOW)
    if (accepted) await expect(outcome).resolves.toMatchObject({ sub: 'u1' })
    else await expect(outcome).rejects.toThrow()
  })

  it('refuses a token signed with another key', async () => {
    const other = await generateKeyPair('RS256')
    const token = await new SignJWT(valid).setProtectedHeader({ alg: 'RS256' }).sign(other.privateKey)
    await expect(verifyAccessToken(token, publicKey, env, NOW)).rejects.toThrow()
  })

  it('accessTokenProblem names the claim', () => {
    expect(accessTokenProblem(valid, env.OIDC_CLIENTS)).toBeNull()
    expect(accessTokenProblem({ ...valid, typ: 'ID' }, env.OIDC_CLIENTS)).toMatch(/^typ/)
    expect(accessTokenProblem({ ...valid, azp: 'x' }, env.OIDC_CLIENTS)).toMatch(/^azp/)
  })
})
