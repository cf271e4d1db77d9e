import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { passwordGrant } from '@servicepack/dev-sso'

/** The one-machine production topology of scripts/prod-up.sh, as scripts/prod-smoke.sh checks it. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const PROD = path.resolve(root, process.env.PROD_DIR ?? '.data/prod')
export const PORTAL = 'http://localhost:8080'
export const BACK_OFFICE = 'http://localhost:8081'
export const SSO = 'http://localhost:8180'
export const ISSUER = `${SSO}/realms/servicepack`
export const API = ['http://127.0.0.1:3001', 'http://127.0.0.1:3002'] as const
export const WORKER = 'http://127.0.0.1:3009'

/** One line of the smoke's log: `prod-smoke [step] text`. */
export function log(step: string, text: string): void {
  console.log(`${new Date().toISOString().slice(11, 19)} prod-smoke [${step}] ${text}`)
}

/** Fails the step with one line (the shell script stops there). */
export function fail(step: string, text: string): never {
  console.error(`prod-smoke [${step}] FAILED: ${text}`)
  process.exit(1)
}

export function check(step: string, ok: boolean, text: string): void {
  if (!ok) fail(step, text)
  log(step, `ok: ${text}`)
}

const tokens = new Map<string, string>()
const expiresAt = (jwt: string) => Number((JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: number }).exp ?? 0) * 1000
/** A demo user's access token through the dev SSO's password grant (client servicepack-cli). */
export async function token(user: string): Promise<string> {
  const hit = tokens.get(user)
  if (hit && expiresAt(hit) > Date.now() + 30_000) return hit
  const { access_token } = await passwordGrant(ISSUER, user, 'demo')
  tokens.set(user, access_token)
  return access_token
}

/** The pid of a supervised part (run/<name>.pid, written by prod-up.sh's supervisor). */
export async function pidOf(name: string): Promise<number> {
  return Number((await readFile(path.join(PROD, 'run', `${name}.pid`), 'utf8')).trim())
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Waits until url answers 200 (a restarted instance is ready), at most `ms`. */
export async function waitReady(url: string, ms = 90_000): Promise<number> {
  const start = Date.now()
  while (Date.now() - start < ms) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return Date.now() - start
    } catch {
      // not up yet
    }
    await sleep(250)
  }
  throw new Error(`${url} did not answer 200 within ${ms / 1000} s`)
}

/** SIGKILLs a supervised part and returns the pid killed; prod-up.sh starts it again after 1 s. */
export async function killHard(name: string): Promise<number> {
  const pid = await pidOf(name)
  process.kill(pid, 'SIGKILL')
  return pid
}

export function databaseUrl(): Promise<string> {
  return readFile(path.join(PROD, 'secrets/db-password'), 'utf8').then((pw) => `postgres://servicepack:${pw.trim()}@127.0.0.1:55432/servicepack`)
}
