// @vitest-environment node
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createServer, mergeConfig, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineAppConfig, fsAccess } from './index.js'

/*
 * A real Vite dev server with the apps' shared configuration, on a free port, over a throw-away
 * workspace laid out like this repository: <ws>/.data/dev-sso/signing-key.json (a fake key with a
 * unique marker), <ws>/.data/postgres/…, an app in <ws>/apps/app using the workspace package
 * <ws>/packages/lib (linked into its node_modules as pnpm does), a package it does not use, and files
 * elsewhere in the workspace.
 */
const ws = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'ui-fs-access-')))
const app = path.join(ws, 'apps', 'app')
const marker = `PRIVATE-${randomBytes(12).toString('hex')}`
const files = {
  key: path.join(ws, '.data', 'dev-sso', 'signing-key.json'),
  pgVersion: path.join(ws, '.data', 'postgres', 'PG_VERSION'),
  pgTable: path.join(ws, '.data', 'postgres', 'base', '5', '1259'),
  infra: path.join(ws, 'infra', 'keycloak', 'realm.json'),
  apiSource: path.join(ws, 'apps', 'api', 'src', 'secret.ts'),
  unusedPackage: path.join(ws, 'packages', 'unused', 'index.js'),
  gitConfig: path.join(ws, '.git', 'config'),
  appEnv: path.join(app, '.env'),
  usedPackage: path.join(ws, 'packages', 'lib', 'index.js'),
  dependency: path.join(ws, 'node_modules', '.pnpm', 'dep@1.0.0', 'node_modules', 'dep', 'index.js'),
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

let server: ViteDevServer
let port: number

beforeAll(async () => {
  write(path.join(ws, 'package.json'), JSON.stringify({ name: 'ws', private: true }))
  write(path.join(ws, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n  - packages/*\n')
  write(files.key, JSON.stringify({ kty: 'RSA', n: 'x', e: 'AQAB', d: marker, p: marker }))
  write(files.pgVersion, `18 ${marker}\n`)
  write(files.pgTable, `pg_class ${marker}`)
  write(files.infra, `{"secret":"${marker}"}`)
  write(files.apiSource, `export const secret = '${marker}'`)
  write(files.unusedPackage, `export const secret = '${marker}'`)
  write(files.gitConfig, `[core] ${marker}`)
  write(files.appEnv, `SECRET=${marker}`)
  write(files.usedPackage, 'export const greeting = "hello from lib"\n')
  write(path.join(ws, 'packages', 'lib', 'package.json'), JSON.stringify({ name: '@ws/lib', type: 'module', main: 'index.js' }))
  write(files.dependency, 'export default "dep"\n')
  write(path.join(app, 'package.json'), JSON.stringify({ name: '@ws/app', type: 'module', dependencies: { '@ws/lib': 'workspace:*' } }))
  write(path.join(app, 'index.html'), '<!doctype html><div id="app"></div><script type="module" src="/src/main.js"></script>\n')
  write(path.join(app, 'src', 'main.js'), 'import { greeting } from "@ws/lib"\ndocument.querySelector("#app").textContent = greeting\n')
  mkdirSync(path.join(app, 'node_modules', '@ws'), { recursive: true })
  symlinkSync(path.join(ws, 'packages', 'lib'), path.join(app, 'node_modules', '@ws', 'lib'))

  server = await createServer(
    mergeConfig(defineAppConfig({ name: 'app', port: 0 }), {
      root: app,
      configFile: false,
      logLevel: 'silent',
      clearScreen: false,
      optimizeDeps: { noDiscovery: true, include: [] },
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    }),
  )
  await server.listen()
  port = (server.httpServer!.address() as AddressInfo).port
}, 60_000)

afterAll(async () => {
  await server?.close()
  rmSync(ws, { recursive: true, force: true })
})

/** GET with the path sent exactly as written (no URL normalisation), like curl --path-as-is. */
function get(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, headers: { host: `localhost:${port}` } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end()
  })
}

const fsUrl = (file: string) => `/@fs${file}`
const fromApp = (file: string) => path.relative(app, file).split(path.sep).join('/')

describe('the dev server of an app (shared defineAppConfig)', () => {
  it('is configured to allow only the app, its workspace packages and node_modules, and to deny .data', () => {
    const fs = fsAccess(app)
    expect(fs.allow.sort()).toEqual([app, path.join(ws, 'node_modules'), path.join(ws, 'packages', 'lib')].sort())
    expect(fs.deny).toEqual(expect.arrayContaining(['.env', '**/.git/**', '**/.data/**']))
    expect(server.config.server.fs.strict).toBe(true)
    expect(server.config.server.fs.allow).not.toContain(ws)
  })

  it.each([
    ['the signing key', fsUrl(files.key)],
    ['the signing key ?raw', `${fsUrl(files.key)}?raw`],
    ['the signing key ?import', `${fsUrl(files.key)}?import`],
    ['the signing key ?url', `${fsUrl(files.key)}?url`],
    ['the signing key ?import&raw', `${fsUrl(files.key)}?import&raw`],
    ['the signing key with a trailing /.', `${fsUrl(files.key)}/.`],
    ['the signing key through /@fs/ and ../', `/@fs${app}/../../.data/dev-sso/signing-key.json`],
    ['PostgreSQL’s PG_VERSION', fsUrl(files.pgVersion)],
    ['a PostgreSQL table file', fsUrl(files.pgTable)],
    ['a PostgreSQL table file ?raw', `${fsUrl(files.pgTable)}?raw`],
    ['a file in infra/', fsUrl(files.infra)],
    ['the API’s sources', fsUrl(files.apiSource)],
    ['a workspace package the app does not use', fsUrl(files.unusedPackage)],
    ['.git/config', fsUrl(files.gitConfig)],
    ['the app’s .env (Vite’s own deny list still applies)', fsUrl(files.appEnv)],
  ])('answers 403 to /@fs/ for %s, without its content', async (_what, rawPath) => {
    const res = await get(rawPath)
    expect(res.status).toBe(403)
    expect(res.body).not.toContain(marker)
  })

  // Paths that resolve to nothing under the app root get Vite's SPA fallback (the app's own page).
  it.each([
    ['the signing key through ../ from the app root', `/${fromApp(files.key)}`],
    ['the signing key through %2e%2e from the app root', `/${fromApp(files.key).replaceAll('..', '%2e%2e')}`],
    ['the signing key folder', fsUrl(path.dirname(files.key))],
    ['the app’s .env by URL', '/.env'],
  ])('never hands out %s (403, 404 or the app’s page)', async (_what, rawPath) => {
    const res = await get(rawPath)
    expect(res.body).not.toContain(marker)
    if (res.status === 200) expect(res.body).toContain('<div id="app"></div><script type="module" src="/src/main.js"></script>')
    else expect([403, 404]).toContain(res.status)
  })

  it.each([
    ['the app’s page', '/', 'src="/src/main.js"'],
    ['the app’s sources', '/src/main.js', `from "/@fs${files.usedPackage}"`],
    ['the workspace package it uses', fsUrl(files.usedPackage), 'hello from lib'],
    ['an installed dependency', fsUrl(files.dependency), '"dep"'],
  ])('still serves %s', async (_what, rawPath, expected) => {
    const res = await get(rawPath)
    expect(res.status).toBe(200)
    expect(res.body).toContain(expected)
  })
})
