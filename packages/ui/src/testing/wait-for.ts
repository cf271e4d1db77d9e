import { vi } from 'vitest'

/**
 * How long a component test waits for what a page shows after its (fake) API answers, a popper opens or a
 * lazy component loads. Vitest's default (1 s) is a quiet machine's figure: in CI the API's integration
 * tests and the production topology run beside these, and a popconfirm once took longer to open. A wait
 * passes the moment its condition holds, so the longer limit costs only a failing test its time.
 */
export const WAIT_MS = 5000

/** `vi.waitFor` with WAIT_MS as its default timeout. */
export function waitFor<T>(callback: () => T | Promise<T>, options: { timeout?: number; interval?: number } = {}): Promise<T> {
  return vi.waitFor(callback, { timeout: WAIT_MS, ...options })
}
