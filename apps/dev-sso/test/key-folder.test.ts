import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadSigningKey } from '../src/index.js'

// Runs in a forked process (vitest's default pool), where process.umask(mask) is allowed.
const dir = mkdtempSync(join(tmpdir(), 'dev-sso-key-folder-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const mode = (path: string) => statSync(path).mode & 0o777

async function withUmask<T>(mask: number, run: () => Promise<T>): Promise<T> {
  const saved = process.umask(mask)
  try {
    return await run()
  } finally {
    process.umask(saved)
  }
}

describe('the folders the dev SSO creates for its signing key', () => {
  // `pnpm dev` as root: PostgreSQL runs as user "postgres" and must enter <repo>/.data, which the SSO
  // may create first. The bug was mkdir(…, { recursive: true, mode: 0o700 }): .data became 0700 too.
  it.each(['022', '077', '027', '000', '277'])(
    'a fresh <repo>/.data/dev-sso/signing-key.json under umask %s: parents 0755, key folder 0700, key 0600',
    async (umask) => {
      const mask = Number.parseInt(umask, 8)
      const repo = join(dir, `repo-${umask}`)
      const keyFile = join(repo, '.data', 'dev-sso', 'signing-key.json')
      const key = await withUmask(mask, () => loadSigningKey(keyFile))
      expect(key.kid).toBeTypeOf('string')
      expect(mode(repo).toString(8)).toBe('755') // created too: every folder above the key folder
      expect(mode(join(repo, '.data')).toString(8)).toBe('755')
      expect(mode(join(repo, '.data', 'dev-sso')).toString(8)).toBe('700')
      expect(mode(keyFile).toString(8)).toBe('600')
    },
  )

  it('leaves folders that already exist as they are (the key may be pointed anywhere)', async () => {
    const repo = join(dir, 'existing')
    mkdirSync(join(repo, '.data'), { recursive: true })
    chmodSync(join(repo, '.data'), 0o750)
    mkdirSync(join(repo, 'shared'))
    chmodSync(join(repo, 'shared'), 0o775)
    await loadSigningKey(join(repo, '.data', 'dev-sso', 'signing-key.json'))
    expect(mode(join(repo, '.data')).toString(8)).toBe('750')
    expect(mode(join(repo, '.data', 'dev-sso')).toString(8)).toBe('700')
    // A key file put straight into an existing folder does not change that folder.
    await loadSigningKey(join(repo, 'shared', 'key.json'))
    expect(mode(join(repo, 'shared')).toString(8)).toBe('775')
    expect(mode(join(repo, 'shared', 'key.json')).toString(8)).toBe('600')
  })

  it('keeps 0700 and 0600 when several first starts race for the same folder', async () => {
    const repo = join(dir, 'race')
    const keyFile = join(repo, '.data', 'dev-sso', 'signing-key.json')
    const keys = await Promise.all(Array.from({ length: 4 }, () => loadSigningKey(keyFile)))
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1)
    expect(mode(join(repo, '.data')).toString(8)).toBe('755')
    expect(mode(join(repo, '.data', 'dev-sso')).toString(8)).toBe('700')
    expect(mode(keyFile).toString(8)).toBe('600')
  })
})
