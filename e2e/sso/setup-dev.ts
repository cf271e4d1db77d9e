import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startDevSso } from '@servicepack/dev-sso'
import type { TestProject } from 'vitest/node'
import './target.js'

/** The dev SSO on a free port with a throw-away key, serving the repository's realm file. */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sso-contract-dev-'))
  const sso = await startDevSso({ port: 0, keyFile: path.join(dir, 'signing-key.json') })
  console.log(`sso-contract: dev SSO at ${sso.issuer}`)
  project.provide('sso', { kind: 'dev', issuer: sso.issuer })
  return async () => {
    await sso.close()
    await rm(dir, { recursive: true, force: true })
  }
}
