import { spawn, type ChildProcess } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import getPort from 'get-port'

/**
 * Starts the whole stack from the built packages, as a user would meet it, on ports of its own so
 * that it runs beside `pnpm dev`: the dev SSO (serving a copy of the realm file whose app origins
 * name the test ports), the API on a throwaway embedded PostgreSQL with the demo seed, and both apps
 * built for these URLs and served by `vite preview`.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const PORTS = { sso: 8280, api: 3100, web: 5273, admin: 5274 }
const logDir = path.join(root, 'e2e/logs')
const url = (port: number) => `http://localhost:${port}`

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer()
    s.once('error', () => resolve(false))
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)))
  })
}

async function waitFor(url: string, child: ChildProcess, name: string, timeoutMs = 90_000): Promise<void> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${name} exited (code ${child.exitCode}) before ${url} answered`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${name}: ${url} did not answer within ${timeoutMs / 1000}s`)
}

export default async function setup() {
  for (const [name, port] of Object.entries(PORTS)) {
    if (!(await isFree(port))) throw new Error(`Port ${port} (${name}) is busy: is another \`pnpm test:e2e\` running? Stop it first.`)
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'servicepack-e2e-'))
  await chmod(tmp, 0o711)
  const logs: string[] = []
  const start = (name: string, cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) => {
    // Children must not think they run under vitest (the apps' builds drop Element Plus CSS then).
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')))
    const child = spawn(cmd, args, { cwd, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout?.on('data', (d: Buffer) => logs.push(`[${name}] ${d}`))
    child.stderr?.on('data', (d: Buffer) => logs.push(`[${name}] ${d}`))
    return child
  }
  const vite = (app: string) => path.join(root, 'apps', app, 'node_modules/.bin/vite')
  const children: [string, ChildProcess][] = []
  const realm = (await readFile(path.join(root, 'infra/keycloak/realm-servicepack.json'), 'utf8'))
    .replaceAll('http://localhost:5173', url(PORTS.web))
    .replaceAll('http://localhost:5174', url(PORTS.admin))
  await writeFile(path.join(tmp, 'realm.json'), realm)
  // A production build, as users get it: vitest's NODE_ENV=test would otherwise reach `vite build`,
  // which then keeps Vue's development code (devtools included; the shared config refuses that).
  // VITE_PORTAL_URL: the sitemap's absolute URLs and the back office's links to the measure pages.
  const appEnv = { VITE_API_URL: url(PORTS.api), VITE_OIDC_URL: url(PORTS.sso), VITE_PORTAL_URL: url(PORTS.web), NODE_ENV: 'production' }
  const build = (app: string) =>
    new Promise<void>((resolve, reject) => {
      const child = start(`build-${app}`, vite(app), ['build', '--outDir', path.join(tmp, app), '--emptyOutDir', '--logLevel', 'warn'], path.join(root, 'apps', app), appEnv)
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build of ${app} failed (${code})`))))
    })
  try {
    await Promise.all([build('web'), build('admin')])
    const sso = start('sso', process.execPath, ['dist/main.js'], path.join(root, 'apps/dev-sso'), {
      DEV_SSO_PORT: String(PORTS.sso),
      DEV_SSO_KEY_FILE: path.join(tmp, 'sso-key.json'),
      DEV_SSO_REALM_FILE: path.join(tmp, 'realm.json'),
    })
    children.push(['sso', sso])
    const api = start('api', process.execPath, ['dist/main.js'], path.join(root, 'apps/api'), {
      NODE_ENV: 'test',
      PORT: String(PORTS.api),
      PGDATA_DIR: path.join(tmp, 'pg'),
      EMBEDDED_PG_PORT: String(await getPort()),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      OIDC_ISSUER: `${url(PORTS.sso)}/realms/servicepack`,
      CORS_ORIGINS: `${url(PORTS.web)},${url(PORTS.admin)}`,
      // Every browser of the run comes from one loopback address and the every-page walks run side
      // by side (the same accounts in several): the per-minute limits are the API tests' subject
      // (apps/api/test/rate-limit.spec.ts), not something a walk of a hundred pages should meet.
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2000',
      RATE_LIMIT_USER_PER_MINUTE: '6000',
    })
    children.push(['api', api])
    const web = start('web', vite('web'), ['preview', '--outDir', path.join(tmp, 'web'), '--port', String(PORTS.web), '--strictPort'], path.join(root, 'apps/web'))
    children.push(['web', web])
    const admin = start('admin', vite('admin'), ['preview', '--outDir', path.join(tmp, 'admin'), '--port', String(PORTS.admin), '--strictPort'], path.join(root, 'apps/admin'))
    children.push(['admin', admin])
    await Promise.all([
      waitFor(`${url(PORTS.sso)}/realms/servicepack/.well-known/openid-configuration`, sso, 'dev-sso'),
      waitFor(`${url(PORTS.api)}/api/health`, api, 'api'),
      waitFor(`${url(PORTS.web)}/`, web, 'web'),
      waitFor(`${url(PORTS.admin)}/`, admin, 'admin'),
    ])
  } catch (e) {
    console.error(logs.join(''))
    await stop(children)
    throw e
  }
  return async () => {
    await stop(children)
    // what the stack said (the API logs warnings and errors: a failed job, a request that failed), for a
    // person reading a failed run: e2e/logs/stack.log (git-ignored)
    await mkdir(logDir, { recursive: true })
    await writeFile(path.join(logDir, 'stack.log'), logs.join(''))
    await rm(tmp, { recursive: true, force: true })
  }
}

async function stop(children: [string, ChildProcess][]): Promise<void> {
  await Promise.all(
    children.map(
      ([, child]) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve()
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
          child.once('exit', () => {
            clearTimeout(timer)
            resolve()
          })
          child.kill('SIGTERM')
        }),
    ),
  )
}
