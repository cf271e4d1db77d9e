import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { calculateJwkThumbprint, jwtVerify, SignJWT } from 'jose'
import { afterAll, describe, expect, it } from 'vitest'
import { loadSigningKey } from '../src/index.js'
import { defaultKeyFile, repoRoot } from '../src/paths.js'

const dir = mkdtempSync(join(tmpdir(), 'dev-sso-keys-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('loadSigningKey', () => {
  it('creates a private RSA key on first use (mode 0600, own .gitignore) and returns the same key afterwards', async () => {
    const file = join(dir, 'nested', 'signing-key.json')
    const first = await loadSigningKey(file)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readFileSync(join(dir, 'nested', '.gitignore'), 'utf8')).toBe('*\n')
    expect(first.alg).toBe('RS256')
    expect(first.privateJwk).toMatchObject({ kty: 'RSA', kid: first.kid, alg: 'RS256', use: 'sig' })
    expect(first.privateJwk.d).toBeTypeOf('string')
    expect(first.publicJwk).not.toHaveProperty('d')
    expect(first.kid).toBe(await calculateJwkThumbprint(first.publicJwk, 'sha256'))
    const again = await loadSigningKey(file)
    expect(again.kid).toBe(first.kid)
    expect(again.privateJwk.n).toBe(first.privateJwk.n)
  })

  it('gives a key usable with jose: sign with privateKey, verify with publicKey', async () => {
    const key = await loadSigningKey(join(dir, 'a.json'))
    const jwt = await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg: 'RS256', kid: key.kid }).setExpirationTime('1m').sign(key.privateKey)
    await expect(jwtVerify(jwt, key.publicKey)).resolves.toMatchObject({ payload: { sub: 'x' } })
  })

  it('keeps exactly one key when several processes start at once', async () => {
    const file = join(dir, 'race.json')
    const keys = await Promise.all(Array.from({ length: 5 }, () => loadSigningKey(file)))
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1)
    expect(JSON.parse(readFileSync(file, 'utf8')).kid).toBe(keys[0]!.kid)
  })

  it('recomputes the kid from the key, whatever the file says', async () => {
    const file = join(dir, 'stale-kid.json')
    const key = await loadSigningKey(file)
    writeFileSync(file, JSON.stringify({ ...key.privateJwk, kid: 'stale' }))
    expect((await loadSigningKey(file)).kid).toBe(key.kid)
  })

  it('explains what to do with a broken key file', async () => {
    const file = join(dir, 'broken.json')
    writeFileSync(file, '{not json')
    await expect(loadSigningKey(file)).rejects.toThrow(/delete it/)
    writeFileSync(file, JSON.stringify({ kty: 'RSA', n: 'abc', e: 'AQAB' }))
    await expect(loadSigningKey(file)).rejects.toThrow(/private RSA JWK/)
  })

  it('defaults to the git-ignored <repo>/.data/dev-sso/signing-key.json', () => {
    const saved = process.env.DEV_SSO_KEY_FILE
    delete process.env.DEV_SSO_KEY_FILE
    try {
      expect(defaultKeyFile()).toBe(join(repoRoot, '.data', 'dev-sso', 'signing-key.json'))
      expect(readFileSync(join(repoRoot, '.gitignore'), 'utf8').split('\n')).toContain('.data/')
    } finally {
      if (saved !== undefined) process.env.DEV_SSO_KEY_FILE = saved
    }
  })
})
