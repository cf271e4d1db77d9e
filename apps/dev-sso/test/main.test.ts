import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const pkgDir = fileURLToPath(new URL('..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'dev-sso-main-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Run {
  stdout: string
  stderr: string
  code: number | null
}

/** Runs `tsx src/main.ts` (what `pnpm dev` runs); `until` decides when to send SIGTERM. */
function runMain(port: number, until?: (stdout: string) => boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: pkgDir,
      env: { ...process.env, DEV_SSO_PORT: String(port), DEV_SSO_KEY_FILE: join(dir, 'key.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const out: Run = { stdout: '', stderr: '', code: null }
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.stdout.on('data', (d: Buffer) => {
      out.stdout += d.toString()
      if (until?.(out.stdout)) child.kill('SIGTERM')
    })
    child.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      out.code = code
      resolve(out)
    })
  })
}

function occupy(): Promise<Server> {
  return new Promise((resolve) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => resolve(s))
  })
}

describe('src/main.ts', () => {
  it('prints one line with the realm URL and stops cleanly on SIGTERM', async () => {
    const probe = await occupy()
    const port = (probe.address() as { port: number }).port
    await new Promise<void>((r) => probe.close(() => r()))
    const run = await runMain(port, (s) => s.includes('\n'))
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringContaining(`http://localhost:${port}/realms/servicepack`)])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(143)
  }, 30_000)

  it('explains a busy port in one line instead of a stack trace', async () => {
    const busy = await occupy()
    const port = (busy.address() as { port: number }).port
    try {
      const run = await runMain(port)
      expect(run.code).toBe(1)
      const lines = run.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`port ${port} is already in use`)
      expect(lines[0]).toContain('DEV_SSO_PORT')
      expect(run.stderr).not.toMatch(/\n\s+at /)
    } finally {
      await new Promise<void>((r) => busy.close(() => r()))
    }
  }, 30_000)
})
