/**
 * What a backup is and the decisions around it, pure (backup.ts does the I/O).
 *
 * A backup is one folder: `manifest.json`, the database (`database.dump` from pg_dump -Fc, or
 * `data/<schema>.<table>.copy` files of a logical snapshot) and `attachments/<key>` (the bytes of
 * every attachment the database names, whatever store they came from).
 */

export const MANIFEST_FORMAT = 1 as const

export type BackupMethod = 'pg_dump' | 'logical'

export interface BackupManifest {
  format: typeof MANIFEST_FORMAT
  createdAt: string
  method: BackupMethod
  /** The server backed up: `server_version` and its major number. */
  server: { version: string; major: number }
  /** pg_dump's own version line (pg_dump method only). */
  tool?: string
  /** Names of the applied migrations, in order: a restore needs the same code. */
  migrations: string[]
  /** Rows per table (`public.appeals`: 12), counted in the backup's snapshot. */
  tables: Record<string, number>
  /** Columns of each table's COPY file, in order (logical method only). */
  columns?: Record<string, string[]>
  /** Sequences' last values (logical method only; pg_dump keeps them itself). */
  sequences?: Record<string, string | null>
  /** Whether pg-boss's queued jobs are in the backup (the pg_dump method keeps the `pgboss` schema). */
  jobs: 'kept' | 'not kept'
  attachments: { store: 'fs' | 's3'; count: number; bytes: number; missing: string[] }
}

/** `SHOW server_version_num` (180004) → 18. */
export function serverMajor(versionNum: number): number {
  return Math.floor(versionNum / 10000)
}

/** `pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)` → 15; anything else → null. */
export function toolMajor(versionLine: string): number | null {
  const m = /\(PostgreSQL\) (\d+)(?:\.\d+)?/.exec(versionLine)
  return m ? Number(m[1]) : null
}

/** Where to look for pg_dump / pg_restore of a major version: Debian's folder first, then PATH. */
export function toolCandidates(tool: 'pg_dump' | 'pg_restore', major: number, pathVariable: string): string[] {
  const dirs = [`/usr/lib/postgresql/${major}/bin`, ...pathVariable.split(':').filter(Boolean)]
  return [...new Set(dirs.map((d) => `${d.replace(/\/$/, '')}/${tool}`))]
}

/**
 * Tables in an order that loads every referenced table before the tables that reference it
 * (self references and cycles cannot be ordered; the restore loads with triggers off anyway).
 * Ties keep alphabetical order, so the order is the same on every run.
 */
export function tableOrder(tables: readonly string[], references: readonly (readonly [from: string, to: string])[]): string[] {
  const pending = new Set(tables)
  const needs = new Map(tables.map((t) => [t, new Set(references.filter(([from, to]) => from === t && to !== t && pending.has(to)).map(([, to]) => to))]))
  const order: string[] = []
  while (pending.size > 0) {
    const ready = [...pending].filter((t) => [...needs.get(t)!].every((n) => !pending.has(n))).sort()
    const next = ready.length > 0 ? ready : [[...pending].sort()[0]!] // a cycle: break it
    for (const t of next) {
      order.push(t)
      pending.delete(t)
    }
  }
  return order
}

/** Why this code cannot restore a backup made with other migrations, or null when they match. */
export function migrationMismatch(backup: readonly string[], code: readonly string[]): string | null {
  if (backup.length === code.length && backup.every((name, i) => name === code[i])) return null
  const common = backup.findIndex((name, i) => name !== code[i])
  const at = (list: readonly string[]) => list.at(-1) ?? 'no migration'
  return common === -1 && backup.length < code.length
    ? `the backup was made at migration ${at(backup)}, this code is at ${at(code)}: restore it with the release that made it, then start this one (it migrates)`
    : `the backup's migrations (up to ${at(backup)}) are not this code's (up to ${at(code)}): restore it with the release that made it`
}

/** A restore never overwrites data unless told to. */
export function restoreRefusal(existingTables: number, force: boolean): string | null {
  if (existingTables === 0 || force) return null
  return `the target database is not empty (${existingTables} tables); restore into an empty database, or add --force to drop its schemas first`
}

/** `.data/backups/2026-12-06T02-58-00Z` under the repository. */
export function defaultBackupFolderName(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-')
}
