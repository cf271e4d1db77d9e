import { startDevSso } from '@servicepack/dev-sso'
import getPort from 'get-port'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres } from '../../src/database/embedded.js'

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string
    ssoIssuer: string
    ssoKeyFile: string
  }
}

/**
 * Real services for the run, never the developer's: one throwaway PostgreSQL cluster in a temp
 * folder on a free port (each test file makes its own database in it), and the dev SSO serving the
 * realm file on a free port with a temp signing key.
 */
export default async function setup(project: TestProject) {
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
