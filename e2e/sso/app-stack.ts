import { spawn, type ChildProcess } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import getPort from 'get-port'
import { keycloakAdmin } from './keycloak-admin.js'
import type { SsoTarget } from './target.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface AppStack {
  web: string
  admin: string
  api: string
  stop(): Promise<void>
}

/**
 * The apps and the API against a Keycloak, on free ports (the e2e stack's way, setup/stack.ts, with the
 * SSO swapped): both apps built for this Keycloak and served by `vite preview`, the API (dist) on a
 * throwaway embedded PostgreSQL with the demo seed and OIDC_ISSUER = the Keycloak realm. The app
 * origins are added to the two clients' redirect URIs and web origins through the admin REST API.
 */
export async function startAppStack(sso: SsoTarget): Promise<AppStack> {
  const [apiPort, webPort, adminPort, pgPort] = [await getPort(), await getPort(), await getPort(), await getPort()]
  const url = (port: number) => `http://localhost:${port}`
  const web = url(webPort)
  const adminApp = url(adminPort)
  const api = url(apiPort)

  const kc = await keycloakAdmin(sso)
  type Client = { id: string; redirectUris: string[]; webOrigins: string[] }
  const originals: Client[] = []
  const put = async (client: Client) => {
    const res = await kc.send('PUT', `/servicepack/clients/${client.id}`, client)
    if (res.status !== 204) throw new Error(`updating a client: ${res.status} ${await res.text()}`)
  }
  for (const [clientId, origin] of [['servicepack-web', web], ['servicepack-admin', adminApp]] as const) {
    const [client] = await kc.get<Client[]>(`/servicepack/clients?clientId=${clientId}`)
    if (!client) throw new Error(`no client ${clientId}`)
    originals.push(structuredClone(client))
    await put({ ...client, redirectUris: [...client.redirectUris, `${origin}/*`], webOrigins: [...client.webOrigins, origin] })
  }

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'sso-apps-'))
  await chmod(tmp, 0o711)
  const logs: string[] = []
  const children: ChildProcess[] = []
  const start = (name: string, cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) => {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')))
    const child = spawn(cmd, args, { cwd, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout?.on('data', (d: Buffer) => logs.push(`[${name}] ${d}`))
    child.stderr?.on('data', (d: Buffer) => logs.push(`[${name}] ${d}`))
    children.push(child)
    return child
  }
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve()
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
            child.once('exit', () => {
              clearTimeout(timer)
              resolve()
            })
            child.kill('SIGTERM')
          }),
      ),
    )
    await rm(tmp, { recursive: true, force: true })
    // The clients as the realm file has them again (the realm test compares them with the file).
    const again = await keycloakAdmin(sso)
    for (const client of originals) {
      const res = await again.send('PUT', `/servicepack/clients/${client.id}`, client)
      if (res.status !== 204) throw new Error(`restoring a client: ${res.status}`)
    }
  }
  const vite = (app: string) => path.join(root, 'apps', app, 'node_modules/.bin/vite')
  const appEnv = { VITE_API_URL: api, VITE_OIDC_URL: sso.serverUrl!, VITE_PORTAL_URL: web, NODE_ENV: 'production' }
  const build = (app: string) =>
    new Promise<void>((resolve, reject) => {
      const child = start(`build-${app}`, vite(app), ['build', '--outDir', path.join(tmp, app), '--emptyOutDir', '--logLevel', 'warn'], path.join(root, 'apps', app), appEnv)
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build of ${app} failed (${code})`))))
    })
  const waitFor = async (target: string, child: ChildProcess, name: string) => {
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${name} exited (code ${child.exitCode})`)
      if (await fetch(target).then((r) => r.ok, () => false)) return
      await new Promise((r) => setTimeout(r, 250))
    }
    throw new Error(`${name}: ${target} did not answer`)
  }
  try {
    const apiChild = start('api', process.execPath, ['dist/main.js'], path.join(root, 'apps/api'), {
      NODE_ENV: 'test',
      PORT: String(apiPort),
      PGDATA_DIR: path.join(tmp, 'pg'),
      EMBEDDED_PG_PORT: String(pgPort),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      OIDC_ISSUER: sso.issuer,
      CORS_ORIGINS: `${web},${adminApp}`,
      WEB_URL: web,
      ADMIN_URL: adminApp,
    })
    await Promise.all([build('web'), build('admin')])
    const webChild = start('web', vite('web'), ['preview', '--outDir', path.join(tmp, 'web'), '--port', String(webPort), '--strictPort'], path.join(root, 'apps/web'))
    const adminChild = start('admin', vite('admin'), ['preview', '--outDir', path.join(tmp, 'admin'), '--port', String(adminPort), '--strictPort'], path.join(root, 'apps/admin'))
    await Promise.all([waitFor(`${api}/api/health`, apiChild, 'api'), waitFor(`${web}/`, webChild, 'web'), waitFor(`${adminApp}/`, adminChild, 'admin')])
  } catch (e) {
    console.error(logs.join('').slice(-5000))
    await stop()
    throw e
  }
  return { web, admin: adminApp, api, stop }
}
