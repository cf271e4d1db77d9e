import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { chmod, link, readFile, unlink, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { calculateJwkThumbprint, type JWK } from 'jose'
import { makePrivateFolder } from './key-folder.js'
import { defaultKeyFile } from './paths.js'

/** The realm's RS256 signing key, kept in one JSON file (a private JWK). */
export interface SigningKey {
  /** JWK thumbprint (RFC 7638, SHA-256) of the public key; the `kid` of every token header. */
  kid: string
  alg: 'RS256'
  /** Private JWK with kid, alg and use; what `jose.importJWK` or oidc-provider's `jwks` take. */
  privateJwk: JWK
  /** Public JWK exactly as served by `/protocol/openid-connect/certs`. */
  publicJwk: JWK
  /** The same key as Node KeyObjects (a jose `KeyLike`), ready for `new SignJWT(…).sign(privateKey)`. */
  privateKey: KeyObject
  publicKey: KeyObject
  /** Where the key lives. */
  file: string
}

const PUBLIC_RSA_MEMBERS = ['kty', 'n', 'e'] as const

/**
 * Loads the signing key from `keyFile` (default `<repo>/.data/dev-sso/signing-key.json`, or
 * `DEV_SSO_KEY_FILE`), creating a new RSA-2048 key there (mode 0600) when the file does not exist. A
 * folder it creates for the key is 0700, the folders above it 0755, whatever the umask (see key-folder.ts).
 * The `kid` is always recomputed as the JWK thumbprint, so a replaced key can never hide behind an
 * old `kid` in a JWKS cache. Safe against concurrent first starts (the file is created atomically).
 */
export async function loadSigningKey(keyFile: string = defaultKeyFile()): Promise<SigningKey> {
  let text: string
  try {
    text = await readFile(keyFile, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    text = await createKeyFile(keyFile)
  }
  let stored: JWK
  try {
    stored = JSON.parse(text) as JWK
  } catch {
    throw new Error(`dev-sso: ${keyFile} is not valid JSON; delete it to have a new signing key generated`)
  }
  if (stored.kty !== 'RSA' || !stored.d || !stored.n) {
    throw new Error(`dev-sso: ${keyFile} does not hold a private RSA JWK; delete it to have a new signing key generated`)
  }
  const privateKey = createPrivateKey({ key: stored as import('node:crypto').JsonWebKey, format: 'jwk' })
  const publicKey = createPublicKey(privateKey)
  const bare = publicKey.export({ format: 'jwk' }) as JWK
  const kid = await calculateJwkThumbprint({ kty: bare.kty, n: bare.n, e: bare.e }, 'sha256')
  const publicJwk: JWK = { ...pick(bare, PUBLIC_RSA_MEMBERS), kid, alg: 'RS256', use: 'sig' }
  const privateJwk: JWK = { ...(privateKey.export({ format: 'jwk' }) as JWK), kid, alg: 'RS256', use: 'sig' }
  return { kid, alg: 'RS256', privateJwk, publicJwk, privateKey, publicKey, file: keyFile }
}

async function createKeyFile(keyFile: string): Promise<string> {
  const dir = dirname(keyFile)
  if (await makePrivateFolder(dir)) {
    // Belt and braces: the folder is git-ignored at the root too, but a key must never be committed.
    await writeFile(`${dir}/.gitignore`, '*\n').catch(() => undefined)
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const jwk = privateKey.export({ format: 'jwk' }) as JWK
  const bare = { kty: jwk.kty, n: jwk.n, e: jwk.e }
  const kid = await calculateJwkThumbprint(bare, 'sha256')
  const text = JSON.stringify({ ...jwk, kid, alg: 'RS256', use: 'sig' }, null, 2) + '\n'
  const tmp = `${keyFile}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(tmp, text, { mode: 0o600 })
  try {
    await chmod(tmp, 0o600) // the mode given to writeFile is reduced by the umask
    await link(tmp, keyFile) // atomic "create if absent": a concurrent first start keeps the winner's key
    return text
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    return readFile(keyFile, 'utf8')
  } finally {
    await unlink(tmp).catch(() => undefined)
  }
}

function pick<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>
  for (const k of keys) out[k] = obj[k]
  return out
}
