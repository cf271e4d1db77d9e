/**
 * JWKS rotation (issue 20 §5): the dev SSO is restarted on the same port with a new signing key (as
 * a realm rotates its key). The running verifier — not restarted — takes tokens of the new key (an
 * unknown `kid` makes it fetch the realm's keys again) and refuses tokens of the removed key.
 * The cooldown between two fetches is 30 s in the API; here 0 so the test need not wait.
 */
import { passwordGrant, startDevSso, type DevSso } from '@servicepack/dev-sso'
import getPort from 'get-port'
import { decodeProtectedHeader } from 'jose'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { TokenVerifier } from '../src/auth/token-verifier.js'
import { loadEnv } from '../src/config/env.js'

describe('JWKS rotation', () => {
  let sso: DevSso | undefined
  let tmp = ''
  afterAll(async () => {
    await sso?.close()
    if (tmp) await rm(tmp, { recursive: true, force: true })
  })

  it('takes the new key without a restart and refuses the removed one', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'servicepack-rotation-'))
    await chmod(tmp, 0o700)
    const port = await getPort()
    const keyFile = path.join(tmp, 'signing-key.json')
    sso = await startDevSso({ port, keyFile })
    const env = loadEnv({ NODE_ENV: 'test', DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused', OIDC_ISSUER: sso.issuer })
    const verifier = new TokenVerifier(env, { cooldownMs: 0, cacheMaxAgeMs: 600_000 })

    const old = (await passwordGrant(sso.issuer, 'enterprise-a', 'demo')).access_token
    await expect(verifier.verify(old)).resolves.toMatchObject({ username: 'enterprise-a' })

    // rotate: the old key is removed, a new one generated
    await sso.close()
    await rm(keyFile)
    sso = await startDevSso({ port, keyFile })
    const fresh = (await passwordGrant(sso.issuer, 'enterprise-a', 'demo')).access_token
    expect(decodeProtectedHeader(fresh).kid).not.toBe(decodeProtectedHeader(old).kid)

    await expect(verifier.verify(fresh)).resolves.toMatchObject({ username: 'enterprise-a' })
    await expect(verifier.verify(old)).rejects.toThrow()
  })
})
