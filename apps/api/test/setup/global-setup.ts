import { startDevSso } from '@servicepack/dev-sso'
import getPort from 'get-port'
import { execFileSync } from 'node:child_process'
import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres } from '../../src/database/embedded.js'

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string
    ssoIssuer: string
    ssoKeyFile: string
  }
}

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

async function newestSource(dir: string): Promise<number> {
  let newest = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, await newestSource(file))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, (await stat(file)).mtimeMs)
  }
  return newest
}

/**
 * Some tests start the built API as production does (`node dist/main.js`, `dist/migrate-main.js`):
 * build it once for the run when dist/ is missing or older than a source file.
 */
async function ensureBuilt(): Promise<void> {
  const built = await stat(path.join(apiRoot, 'dist', 'main.js')).then((s) => s.mtimeMs, () => 0)
  if (built >= (await newestSource(path.join(apiRoot, 'src')))) return
  execFileSync(path.join(apiRoot, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: apiRoot, stdio: 'inherit' })
}

/**
 * Real services for the run, never the developer's: one throwaway PostgreSQL cluster in a temp
 * folder on a free port (each test file makes its own database in it), and the dev SSO serving the
 * realm file on a free port with a temp signing key.
 */
export default async function setup(project: TestProject) {
  await ensureBuilt()
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'servicepack-test-'))
  await chmod(tmp, 0o711) // PostgreSQL runs as user postgres when the tests run as root
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), port: await getPort(), fsync: false, persistent: false })
  const ssoKeyFile = path.join(tmp, 'sso', 'signing-key.json')
  const sso = await startDevSso({ port: 0, keyFile: ssoKeyFile })
  project.provide('pgServerUrl', pg.url)
  project.provide('ssoIssuer', sso.issuer)
  project.provide('ssoKeyFile', ssoKeyFile)
  return async () => {
    await sso.close()
    await pg.stop()
    await rm(tmp, { recursive: true, force: true })
  }
}
