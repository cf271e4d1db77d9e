import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { envSchema } from './env.js'

/**
 * turbo runs tasks in strict environment mode: a variable it is not told about is silently absent
 * under `pnpm dev` (RATE_LIMIT=false pnpm dev once did nothing). The list in turbo.json stays
 * explicit, and this spec keeps it complete: every variable of the API's schema and every VITE_*
 * variable the apps read must reach the tasks.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
const turbo = JSON.parse(readFileSync(path.join(repo, 'turbo.json'), 'utf8')) as {
  globalPassThroughEnv: string[]
  tasks: Record<string, { env?: string[] }>
}

function reaches(list: string[], variable: string): boolean {
  return list.some((entry) => new RegExp(`^${entry.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(variable))
}

/** VITE_* variables of the apps: declared in ImportMetaEnv (`readonly VITE_X`) or read as import.meta.env.VITE_X / process.env.VITE_X. */
function viteVariables(): string[] {
  const found = new Set<string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (/\.(ts|vue|mjs|js)$/.test(entry.name)) {
        for (const m of readFileSync(file, 'utf8').matchAll(/(?:import\.meta\.env\.|process\.env\.|readonly )(VITE_[A-Z0-9_]+)/g)) found.add(m[1]!)
      }
    }
  }
  for (const dir of ['apps/web', 'apps/admin', 'packages/ui']) walk(path.join(repo, dir))
  return [...found].sort()
}

describe('every configuration variable reaches the tasks turbo runs', () => {
  it.each(Object.keys(envSchema.shape))('the API variable %s is passed through', (variable) => {
    expect(reaches(turbo.globalPassThroughEnv, variable)).toBe(true)
  })

  it('finds the apps’ VITE_* variables (the scan works)', () => {
    expect(viteVariables()).toEqual(expect.arrayContaining(['VITE_API_URL', 'VITE_OIDC_URL', 'VITE_OIDC_REALM', 'VITE_OIDC_CLIENT_ID', 'VITE_PORTAL_URL']))
  })

  it.each(viteVariables())('the app variable %s reaches dev and build, and a change rebuilds', (variable) => {
    expect(reaches(turbo.globalPassThroughEnv, variable)).toBe(true)
    expect(reaches(turbo.tasks.build?.env ?? [], variable)).toBe(true) // part of the build's hash
  })

  it.each([['RATE_LIMIT', ['RATE_LIMIT'], true], ['RATE_LIMIT_STORE', ['RATE_LIMIT'], false], ['VITE_API_URL', ['VITE_*'], true], ['XVITE_A', ['VITE_*'], false]] as const)(
    'matching: %s against %j → %s',
    (variable, list, expected) => {
      expect(reaches([...list], variable)).toBe(expected)
    },
  )
})
