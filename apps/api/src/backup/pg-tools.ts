import { spawn } from 'node:child_process'
import { toolCandidates, toolMajor } from './backup-plan.js'

/** Runs a program; resolves with its stdout, rejects with the last lines of its stderr. */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`))))
  })
}

/** pg_dump or pg_restore of exactly this major version (Debian's folder, then PATH), or null. */
export async function findPgTool(tool: 'pg_dump' | 'pg_restore', major: number): Promise<{ path: string; version: string } | null> {
  for (const candidate of toolCandidates(tool, major, process.env.PATH ?? '')) {
    const version = await run(candidate, ['--version']).catch(() => null)
    if (version && toolMajor(version) === major) return { path: candidate, version: version.trim() }
  }
  return null
}

/** A connection URL without its password, and the environment that carries the password instead (not in `ps`). */
export function libpqTarget(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ''
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } }
}
