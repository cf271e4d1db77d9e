import getPort from 'get-port'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export interface DebianPostgres {
  major: number
  /** URL of the `postgres` database (trust authentication on 127.0.0.1). */
  url: string
  stop(): Promise<void>
}

/**
 * A throwaway cluster of the system's PostgreSQL (Debian's `postgresql` package, the newest major
 * under /usr/lib/postgresql) on a free port, its socket in its own folder. As root it runs as user
 * `postgres`, as PostgreSQL requires.
 */
export async function startDebianPostgres(): Promise<DebianPostgres> {
  const majors = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').map(Number).filter((m) => existsSync(`/usr/lib/postgresql/${m}/bin/initdb`)).sort((a, b) => b - a) : []
  const major = majors[0]
  if (!major) throw new Error('no Debian PostgreSQL under /usr/lib/postgresql: apt-get install -y postgresql')
  const bin = `/usr/lib/postgresql/${major}/bin`
  const tmp = await mkdtemp(path.join(os.tmpdir(), `servicepack-pg${major}-`))
  await chmod(tmp, 0o711)
  const data = path.join(tmp, 'data')
  await mkdir(data, { mode: 0o700 })
  const root = process.getuid?.() === 0
  const ids = root ? { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) } : {}
  if (root) {
    await chown(tmp, ids.uid!, ids.gid!)
    await chown(data, ids.uid!, ids.gid!)
  }
  const port = await getPort()
  const as = (cmd: string, args: string[]) => {
    const r = spawnSync(path.join(bin, cmd), args, { ...ids, cwd: tmp, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`)
  }
  as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'])
  as('pg_ctl', ['-D', data, '-l', path.join(tmp, 'log'), '-w', '-o', `-p ${port} -k ${tmp} -c listen_addresses=127.0.0.1 -c fsync=off -c timezone=UTC`, 'start'])
  return {
    major,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
      await rm(tmp, { recursive: true, force: true })
    },
  }
}
