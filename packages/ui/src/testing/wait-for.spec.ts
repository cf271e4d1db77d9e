import { describe, expect, it } from 'vitest'
import { WAIT_MS, waitFor } from './wait-for'

describe('waitFor', () => {
  it('waits past vitest’s one-second default and returns what the callback gave', async () => {
    const t0 = Date.now()
    const value = await waitFor(() => (Date.now() - t0 > 1200 ? 'shown' : Promise.reject(new Error('not yet'))))
    expect(value).toBe('shown')
  })

  it('gives up after the timeout it is given, with the callback’s last error', async () => {
    await expect(waitFor(() => Promise.reject(new Error('never on the page')), { timeout: 100 })).rejects.toThrow('never on the page')
  })

  it('has a default well above vitest’s', () => {
    expect(WAIT_MS).toBeGreaterThanOrEqual(5000)
  })
})
