import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import getPort from 'get-port'
import type { TestProject } from 'vitest/node'
import './target.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Keycloak for the tests. With KEYCLOAK_URL set (CI starts one in the background while lint and
 * typecheck run), that server: KEYCLOAK_LOG names its log, KEYCLOAK_ADMIN_USERNAME/PASSWORD its
 * bootstrap admin. Otherwise `scripts/keycloak.sh` on free ports with a fresh database in a temp folder.
 */
export default async function setup(project: TestProject) {
  const given = process.env.KEYCLOAK_URL
  if (given) {
    const serverUrl = given.replace(/\/$/, '')
    project.provide('sso', {
      kind: 'keycloak',
      issuer: `${serverUrl}/realms/servicepack`,
      serverUrl,
      admin: { username: process.env.KEYCLOAK_ADMIN_USERNAME ?? 'admin', password: process.env.KEYCLOAK_ADMIN_PASSWORD ?? 'admin' },
      ...(process.env.KEYCLOAK_LOG ? { logFile: process.env.KEYCLOAK_LOG } : {}),
    })
    return
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sso-contract-keycloak-'))
  const port = await getPort()
  const managementPort = await getPort({ exclude: [port] })
  const admin = { username: 'test-admin', password: `pw-${process.pid}-${Date.now()}` }
  const logFile = path.join(dir, 'keycloak.log')
  const log = createWriteStream(logFile)
  const child: ChildProcess = spawn('bash', [path.join(root, 'scripts/keycloak.sh')], {
    cwd: root,
    env: {
      ...process.env,
      KEYCLOAK_PORT: String(port),
      KEYCLOAK_MANAGEMENT_PORT: String(managementPort),
      KEYCLOAK_DATA_DIR: path.join(dir, 'data'),
      KC_BOOTSTRAP_ADMIN_USERNAME: admin.username,
      KC_BOOTSTRAP_ADMIN_PASSWORD: admin.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    await rm(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 240_000
  for (;;) {
    const text = await readFile(logFile, 'utf8').catch(() => '')
    const line = /^keycloak: Keycloak .* ready in .*$/m.exec(text)?.[0]
    if (line) {
      console.log(line)
      break
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      console.error(text.split('\n').slice(-40).join('\n'))
      await stop()
      throw new Error('Keycloak did not start (scripts/keycloak.sh)')
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  const serverUrl = `http://localhost:${port}`
  project.provide('sso', { kind: 'keycloak', issuer: `${serverUrl}/realms/servicepack`, serverUrl, admin, logFile })
  return stop
}
