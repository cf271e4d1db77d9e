import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { folderClosedToPostgres, makeDataFolder, PROJECT_DATA_ROOT } from './data-folder-modes.js'

// Runs in a forked process (pool: 'forks'), where process.umask(mask) is allowed.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'servicepack-data-folder-'))
chmodSync(tmp, 0o755)
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const mode = (p: string) => (statSync(p).mode & 0o777).toString(8)

describe('makeDataFolder', () => {
  it.each(['022', '077', '000'])('creates the folders above the data folder 0755 under umask %s', async (umask) => {
    const repo = path.join(tmp, `make-${umask}`)
    const saved = process.umask(Number.parseInt(umask, 8))
    try {
      await makeDataFolder(path.join(repo, '.data', 'postgres'))
    } finally {
      process.umask(saved)
    }
    expect(mode(repo)).toBe('755')
    expect(mode(path.join(repo, '.data'))).toBe('755')
    expect(statSync(path.join(repo, '.data', 'postgres')).isDirectory()).toBe(true)
  })

  it('leaves existing folders as they are', async () => {
    const repo = path.join(tmp, 'existing')
    mkdirSync(path.join(repo, '.data'), { recursive: true })
    chmodSync(path.join(repo, '.data'), 0o750)
    await makeDataFolder(path.join(repo, '.data', 'postgres'))
    expect(mode(path.join(repo, '.data'))).toBe('750')
  })
})

describe('folderClosedToPostgres', () => {
  it('is <repo>/.data by default, the folder an older dev SSO made 0700', () => {
    expect(PROJECT_DATA_ROOT).toBe(path.resolve(import.meta.dirname, '../../../../.data'))
  })

  it('repairs the project’s own .data (0700 from an older run, postgres data inside) and says so in one line', async () => {
    const repo = path.join(tmp, 'upgrade')
    const data = path.join(repo, '.data')
    mkdirSync(path.join(data, 'postgres'), { recursive: true })
    mkdirSync(path.join(data, 'dev-sso'), { recursive: true })
    chmodSync(repo, 0o755)
    chmodSync(data, 0o700)
    chmodSync(path.join(data, 'dev-sso'), 0o700)
    const notices: string[] = []
    const closed = await folderClosedToPostgres(path.join(data, 'postgres'), { projectDataRoot: data, notice: (l) => notices.push(l) })
    expect(closed).toBeUndefined()
    expect(mode(data)).toBe('755')
    expect(mode(path.join(data, 'dev-sso'))).toBe('700') // the key folder stays private
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain(data)
    expect(notices[0]).not.toContain('\n')
    // Nothing left to repair the next time.
    expect(await folderClosedToPostgres(path.join(data, 'postgres'), { projectDataRoot: data, notice: (l) => notices.push(l) })).toBeUndefined()
    expect(notices).toHaveLength(1)
  })

  it('names any other closed folder (not the project’s to change) and changes nothing', async () => {
    const home = path.join(tmp, 'home')
    const data = path.join(home, 'checkout', '.data')
    mkdirSync(path.join(data, 'postgres'), { recursive: true })
    chmodSync(home, 0o700)
    const notices: string[] = []
    expect(await folderClosedToPostgres(path.join(data, 'postgres'), { projectDataRoot: data, notice: (l) => notices.push(l) })).toBe(home)
    expect(mode(home)).toBe('700')
    expect(notices).toEqual([])
    chmodSync(home, 0o755)
  })

  it('finds nothing closed on an open path', async () => {
    const data = path.join(tmp, 'open', '.data')
    mkdirSync(path.join(data, 'postgres'), { recursive: true })
    chmodSync(path.join(tmp, 'open'), 0o755)
    chmodSync(data, 0o755)
    expect(await folderClosedToPostgres(path.join(data, 'postgres'), { projectDataRoot: data, notice: () => undefined })).toBeUndefined()
  })
})
