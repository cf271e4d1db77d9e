import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

/** The few cookie rules a browser applies that matter here: by name, dropped when expired. */
export class CookieJar {
  private readonly cookies = new Map<string, string>()

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';')
      const eq = pair!.indexOf('=')
      const name = pair!.slice(0, eq).trim()
      const value = pair!.slice(eq + 1).trim()
      const expired = attrs.some((a) => {
        const [k, v] = a.trim().split('=')
        if (k?.toLowerCase() === 'max-age') return Number(v) <= 0
        if (k?.toLowerCase() === 'expires') return Date.parse(v ?? '') < Date.now()
        return false
      })
      if (expired || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  get size(): number {
    return this.cookies.size
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    if (this.cookies.size) headers.set('cookie', this.header())
    const res = await fetch(url, { ...init, headers, redirect: 'manual' })
    this.store(res)
    return res
  }
}

export function location(res: Response, base: string): string {
  const loc = res.headers.get('location')
  if (!loc) throw new Error(`expected a redirect, got ${res.status}`)
  return new URL(loc, base).href
}
