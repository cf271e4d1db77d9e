import { spawn, type ChildProcess } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import getPort from 'get-port'

/**
 * Starts the whole stack from the built packages, as a user would meet it, on the standard ports
 * (the realm's redirect URIs name them): dev SSO 8180, API 3000 on a throwaway embedded PostgreSQL
 * with the demo seed, and both apps served by `vite preview` on 5173/5174.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const PORTS = { sso: 8180, api: 3000, web: 5173, admin: 5174 }

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
    if (!(await isFree(port))) throw new Error(`Port ${port} (${name}) is busy: stop \`pnpm dev\` (or what uses it) before \`pnpm test:e2e\`.`)
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'servicepack-e2e-'))
  await chmod(tmp, 0o711)
  const logs: string[] = []
  const start = (name: string, cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout?.on('data', (d: Buffer) => logs.push(`[${name}] ${d}`))
    child.stderr?.on('data', (d: Buffer) => logs.push(`[${name}] ${d}`))
    return child
  }
  const vite = (app: string) => path.join(root, 'apps', app, 'node_modules/.bin/vite')
  const children: [string, ChildProcess][] = []
  try {
    const sso = start('sso', process.execPath, ['dist/main.js'], path.join(root, 'apps/dev-sso'), {
      DEV_SSO_PORT: String(PORTS.sso),
      DEV_SSO_KEY_FILE: path.join(tmp, 'sso-key.json'),
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
    })
    children.push(['api', api])
    const web = start('web', vite('web'), ['preview', '--port', String(PORTS.web), '--strictPort'], path.join(root, 'apps/web'))
    children.push(['web', web])
    const admin = start('admin', vite('admin'), ['preview', '--port', String(PORTS.admin), '--strictPort'], path.join(root, 'apps/admin'))
    children.push(['admin', admin])
    await Promise.all([
      waitFor(`http://localhost:${PORTS.sso}/realms/servicepack/.well-known/openid-configuration`, sso, 'dev-sso'),
      waitFor(`http://localhost:${PORTS.api}/api/health`, api, 'api'),
      waitFor(`http://localhost:${PORTS.web}/`, web, 'web'),
      waitFor(`http://localhost:${PORTS.admin}/`, admin, 'admin'),
    ])
  } catch (e) {
    console.error(logs.join(''))
    await stop(children)
    throw e
  }
  return async () => {
    await stop(children)
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
