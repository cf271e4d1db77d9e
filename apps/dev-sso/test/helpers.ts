import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CookieJar as Cookies } from 'tough-cookie'
import { startDevSso, type DevSso, type DevSsoOptions } from '../src/index.js'

/** A clock that stands still until a test moves it (for the brute-force protection). */
export class TestClock {
  constructor(public ms = Date.UTC(2026, 0, 5, 1, 0, 0)) {}
  readonly now = (): number => this.ms
  advance(ms: number): void {
    this.ms += ms
  }
}

/** Starts a dev SSO on a free port with a throw-away signing key (never the developer's .data). */
export async function startTestSso(options: Pick<DevSsoOptions, 'clock' | 'realmFile'> = {}): Promise<DevSso & { keyFile: string; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dev-sso-test-'))
  const keyFile = join(dir, 'signing-key.json')
  const sso = await startDevSso({ port: 0, keyFile, ...options })
  return {
    ...sso,
    keyFile,
    async cleanup() {
      await sso.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export function decodePart(jwt: string, part: 0 | 1): Record<string, unknown> {
  const segment = jwt.split('.')[part]
  if (!segment) throw new Error('not a JWT')
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

/** A browser's cookies around fetch: tough-cookie keeps them as a browser would (expiry, path, domain). */
export class CookieJar {
  private readonly cookies = new Cookies()

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    const cookie = await this.cookies.getCookieString(url)
    if (cookie) headers.set('cookie', cookie)
    const res = await fetch(url, { ...init, headers, redirect: 'manual' })
    for (const line of res.headers.getSetCookie()) await this.cookies.setCookie(line, url, { ignoreError: true })
    return res
  }
}

export function location(res: Response, base: string): string {
  const loc = res.headers.get('location')
  if (!loc) throw new Error(`expected a redirect, got ${res.status}`)
  return new URL(loc, base).href
}
