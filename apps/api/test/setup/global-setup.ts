import getPort from 'get-port'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres } from '../../src/database/embedded.js'

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string
  }
}

/**
 * One throwaway PostgreSQL cluster per test run, in a fresh temp folder on a free port
 * (never the developer's .data folder); each test file makes its own database in it.
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'servicepack-test-pg-'))
  const pg = await startEmbeddedPostgres({ dataDir, port: await getPort(), fsync: false, persistent: false })
  project.provide('pgServerUrl', pg.url)
  return async () => {
    await pg.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}
