import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'
import { isAttachmentKey } from '../attachments/attachment-key.js'
import { AttachmentMissingError, type AttachmentStore } from '../attachments/attachment-store.js'
import { migrateDatabase } from '../database/migrate.js'
import { migrations } from '../database/migrations/index.js'
import { MANIFEST_FORMAT, migrationMismatch, restoreRefusal, serverMajor, tableOrder, type BackupManifest, type BackupMethod } from './backup-plan.js'
import { findPgTool, libpqTarget, run } from './pg-tools.js'

export interface BackupOptions {
  databaseUrl: string
  store: AttachmentStore
  storeKind: 'fs' | 's3'
  /** The backup folder (created; must not hold a backup already). */
  dir: string
  /** `auto`: pg_dump of the server's major version when one is installed, else the logical snapshot. */
  method?: 'auto' | BackupMethod
  now: Date
  log?: (line: string) => void
}

export interface RestoreOptions {
  databaseUrl: string
  store: AttachmentStore
  dir: string
  /** Drop the target's schemas (public, pgboss) first when it is not empty. */
  force?: boolean
  log?: (line: string) => void
}

const MANIFEST = 'manifest.json'
const DUMP = 'database.dump'
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`
const qualified = (table: string) => table.split('.').map(ident).join('.')
const dataFile = (dir: string, table: string) => path.join(dir, 'data', `${table}.copy`)

/** The migrations this code knows, by the names TypeORM records. */
export function codeMigrations(): string[] {
  return migrations.map((M) => new M().name ?? M.name)
}

/**
 * Backs up the database and the attachments it names into one folder: pg_dump -Fc when a pg_dump
 * of the server's major version is installed, else a logical snapshot (every table of the `public`
 * schema through COPY, in one repeatable-read read-only transaction). The attachments are read in
 * that same snapshot's view of the rows. The manifest is written last: a folder with one is complete.
 */
export async function backup(o: BackupOptions): Promise<BackupManifest> {
  const log = o.log ?? (() => {})
  await mkdir(o.dir, { recursive: true, mode: 0o700 })
  if (await stat(path.join(o.dir, MANIFEST)).catch(() => null)) throw new Error(`${o.dir} already holds a backup; choose another BACKUP_DIR`)
  const client = new pg.Client({ connectionString: o.databaseUrl, application_name: 'servicepack-backup' })
  await client.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const { rows: [server] } = await client.query<{ version: string; num: string }>(`SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num`)
    const major = serverMajor(Number(server!.num))
    const applied = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY timestamp, id').catch(() => {
      throw new Error('the database has no migrations table: nothing of this app to back up (wrong DATABASE_URL?)')
    })
    const tables = await publicTables(client)
    const counts: Record<string, number> = {}
    for (const table of tables) counts[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(table)}`)).rows[0]!.n)

    const tool = o.method === 'logical' ? null : await findPgTool('pg_dump', major)
    if (o.method === 'pg_dump' && !tool) throw new Error(`no pg_dump ${major} is installed (looked in /usr/lib/postgresql/${major}/bin and PATH)`)
    let manifest: BackupManifest
    const base = { format: MANIFEST_FORMAT, createdAt: o.now.toISOString(), server: { version: server!.version, major }, migrations: applied.rows.map((r) => r.name), tables: counts }
    if (tool) {
      // pg_dump reads the very snapshot the counts and the attachments come from
      const { rows: [snapshot] } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')
      const target = libpqTarget(o.databaseUrl)
      log(`database: ${tool.version} -Fc (server ${server!.version})`)
      await run(tool.path, ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot!.id}`, `--file=${path.join(o.dir, DUMP)}`, `--dbname=${target.url}`], target.env)
      manifest = { ...base, method: 'pg_dump', tool: tool.version, jobs: 'kept', attachments: { store: o.storeKind, count: 0, bytes: 0, missing: [] } }
    } else {
      log(`database: logical snapshot by COPY (no pg_dump ${major} installed; server ${server!.version})`)
      await mkdir(path.join(o.dir, 'data'), { recursive: true })
      const columns: Record<string, string[]> = {}
      for (const table of tables) {
        columns[table] = await copyColumns(client, table)
        await pipeline(client.query(copyTo(`COPY (SELECT ${columns[table].map(ident).join(', ')} FROM ${qualified(table)}) TO STDOUT`)), createWriteStream(dataFile(o.dir, table), { mode: 0o600 }))
      }
      const sequences = await client.query<{ name: string; last: string | null }>(`SELECT schemaname || '.' || sequencename AS name, last_value::text AS last FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`)
      manifest = {
        ...base, method: 'logical', jobs: 'not kept', columns, sequences: Object.fromEntries(sequences.rows.map((r) => [r.name, r.last])),
        attachments: { store: o.storeKind, count: 0, bytes: 0, missing: [] },
      }
    }
    manifest.attachments = await backupAttachments(client, o.store, o.storeKind, o.dir, log)
    await client.query('COMMIT')
    await writeFile(path.join(o.dir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 })
    log(`backup complete: ${o.dir} (${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${tables.length} tables, ${manifest.attachments.count} attachments)`)
    return manifest
  } finally {
    await client.end()
  }
}

/** Restores a backup folder into an empty database (or, with force, one whose schemas it drops first). */
export async function restore(o: RestoreOptions): Promise<BackupManifest> {
  const log = o.log ?? (() => {})
  const manifest = JSON.parse(await readFile(path.join(o.dir, MANIFEST), 'utf8').catch(() => {
    throw new Error(`${o.dir} holds no ${MANIFEST}: not a (complete) backup`)
  })) as BackupManifest
  if (manifest.format !== MANIFEST_FORMAT) throw new Error(`unknown backup format ${String(manifest.format)}`)
  const mismatch = migrationMismatch(manifest.migrations, codeMigrations())
  if (mismatch) throw new Error(mismatch)
  const client = new pg.Client({ connectionString: o.databaseUrl, application_name: 'servicepack-restore' })
  await client.connect()
  try {
    const existing = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname IN ('public', 'pgboss')`)).rows[0]!.n)
    const refusal = restoreRefusal(existing, o.force ?? false)
    if (refusal) throw new Error(refusal)
    if (existing > 0) {
      log(`--force: dropping the schemas public and pgboss of the target (${existing} tables)`)
      await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public')
    }
    if (manifest.method === 'pg_dump') {
      const { rows: [server] } = await client.query<{ num: string }>(`SELECT current_setting('server_version_num') AS num`)
      const major = serverMajor(Number(server!.num))
      const tool = await findPgTool('pg_restore', major)
      if (!tool) throw new Error(`this backup was made by pg_dump; no pg_restore ${major} (the target server's version) is installed`)
      log(`database: ${tool.version} into server ${major}`)
      const target = libpqTarget(o.databaseUrl)
      await run(tool.path, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${target.url}`, path.join(o.dir, DUMP)], target.env)
    } else {
      log('database: migrations and job queues (as the migrate command), then the logical snapshot by COPY')
      await migrateDatabase(o.databaseUrl)
      await loadLogical(client, manifest, o.dir)
    }
    for (const [table, rows] of Object.entries(manifest.tables)) {
      const n = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(table)}`)).rows[0]!.n)
      if (n !== rows) throw new Error(`restored ${table} holds ${n} rows, the backup ${rows}`)
    }
  } finally {
    await client.end()
  }
  const restored = await restoreAttachments(o.store, o.dir)
  log(`restore complete: ${Object.keys(manifest.tables).length} tables, ${restored} attachments (${manifest.method}; queued jobs ${manifest.jobs})`)
  return manifest
}

/** Every ordinary or partitioned table of `public` (not partitions), referenced tables first. */
async function publicTables(client: pg.Client): Promise<string[]> {
  const tables = await client.query<{ name: string }>(`SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition`)
  const refs = await client.query<{ from: string; to: string }>(
    `SELECT a.relname AS from, b.relname AS to FROM pg_constraint k JOIN pg_class a ON a.oid = k.conrelid JOIN pg_class b ON b.oid = k.confrelid WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`,
  )
  const qualify = (name: string) => `public.${name}`
  return tableOrder(tables.rows.map((r) => qualify(r.name)), refs.rows.map((r) => [qualify(r.from), qualify(r.to)] as const)).filter((t) => t !== 'public.migrations')
}

/** The columns a COPY carries: every stored one, not generated ones. */
async function copyColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [qualified(table)],
  )
  return rows.map((r) => r.name)
}

/**
 * One transaction: what the migrations seeded is emptied, every table is loaded in dependency order
 * with triggers off (`session_replication_role = replica`: foreign-key checks and the append-only
 * timeline's trigger; needs a superuser or a role granted SET on it), the sequences continue where
 * they were.
 */
async function loadLogical(client: pg.Client, manifest: BackupManifest, dir: string): Promise<void> {
  const tables = Object.keys(manifest.tables)
  await client.query('BEGIN')
  try {
    await client.query('SET LOCAL session_replication_role = replica').catch((e: Error) => {
      throw new Error(`${e.message}: a logical restore loads with triggers off, which needs a superuser (or, on PostgreSQL 15+, GRANT SET ON PARAMETER session_replication_role); or restore a pg_dump backup`)
    })
    await client.query(`TRUNCATE ${tables.map(qualified).join(', ')}`)
    for (const table of tables) {
      const columns = manifest.columns?.[table]
      if (!columns) throw new Error(`the manifest names no columns for ${table}`)
      await pipeline(createReadStream(dataFile(dir, table)), client.query(copyFrom(`COPY ${qualified(table)} (${columns.map(ident).join(', ')}) FROM STDIN`)))
    }
    for (const [sequence, last] of Object.entries(manifest.sequences ?? {})) {
      if (last !== null) await client.query('SELECT setval($1::regclass, $2::bigint, true)', [qualified(sequence), last])
    }
    await client.query('COMMIT')
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw e
  }
}

/** The bytes of every attachment row (in the open snapshot), checked against the row's sha256. */
async function backupAttachments(client: pg.Client, store: AttachmentStore, storeKind: 'fs' | 's3', dir: string, log: (line: string) => void): Promise<BackupManifest['attachments']> {
  const { rows } = await client.query<{ key: string; sha256: string }>('SELECT storage_key AS key, sha256 FROM appeal_attachments ORDER BY storage_key')
  const result = { store: storeKind, count: 0, bytes: 0, missing: [] as string[] }
  for (const row of rows) {
    const bytes = await store.get(row.key).catch((e: unknown) => {
      if (e instanceof AttachmentMissingError) return null
      throw e
    })
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== row.sha256) {
      log(`attachment ${row.key}: ${bytes ? 'content differs from its recorded sha256' : 'missing from the store'}; not in the backup`)
      result.missing.push(row.key)
      continue
    }
    const file = path.join(dir, 'attachments', row.key)
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
    await writeFile(file, bytes, { mode: 0o600 })
    result.count++
    result.bytes += bytes.length
  }
  return result
}

/** Puts every attachment of the backup back into the configured store, under its key. */
async function restoreAttachments(store: AttachmentStore, dir: string): Promise<number> {
  const root = path.join(dir, 'attachments')
  const files = (await readdir(root, { recursive: true }).catch(() => [] as string[])).map((f) => f.split(path.sep).join('/')).filter(isAttachmentKey)
  for (const key of files) await store.putAt(key, await readFile(path.join(root, key)))
  return files.length
}
