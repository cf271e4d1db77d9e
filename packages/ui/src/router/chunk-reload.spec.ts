import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { chunkLoadFailure, isChunkLoadError, reloadOnChunkError } from './chunk-reload'

function memory() {
  const items = new Map<string, string>()
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items }
}

const missing = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://localhost:5173/assets/MeasuresView-abc.js'))

function appRouter(pages: { measures: () => Promise<unknown> }, options: Parameters<typeof reloadOnChunkError>[1]) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => null } },
      { path: '/measures', component: pages.measures as never },
    ],
  })
  reloadOnChunkError(router, options)
  return router
}

afterEach(() => {
  chunkLoadFailure.value = null
})

describe('a page whose code fails to load', () => {
  it.each([
    ['Failed to fetch dynamically imported module: http://x/a.js', true],
    ['Importing a module script failed.', true],
    ['error loading dynamically imported module: http://x/a.js', true],
    ['Unable to preload CSS for /assets/a.css', true],
    ['Cannot read properties of undefined', false],
  ])('%s is a chunk load error: %s', (message, expected) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(expected)
  })

  it('is loaded afresh once, then the app says it failed instead of doing nothing', async () => {
    const storage = memory()
    const reload = vi.fn()
    let now = 1_000
    const router = appRouter({ measures: missing }, { storage, reload, now: () => now })
    await router.push('/')
    await router.push('/measures').catch(() => undefined)
    expect(reload).toHaveBeenCalledWith('/measures')
    expect(chunkLoadFailure.value).toBeNull()

    // the fresh page load fails again (a new router, as after a reload)
    now += 2_000
    const again = appRouter({ measures: missing }, { storage, reload, now: () => now })
    await again.push('/measures').catch(() => undefined)
    expect(reload).toHaveBeenCalledTimes(1)
    expect(chunkLoadFailure.value).toEqual({ path: '/measures' })
  })

  it('forgets the reload after a page loads, and reloads again when the last try is old', async () => {
    const storage = memory()
    const reload = vi.fn()
    let now = 1_000
    let fail = true
    const router = appRouter({ measures: () => (fail ? missing() : Promise.resolve({ render: () => null })) }, { storage, reload, now: () => now })
    await router.push('/')
    await router.push('/measures').catch(() => undefined)
    fail = false
    await router.push('/measures')
    expect(storage.items.size).toBe(0)

    // a failure a while after an earlier reload of the same page: reload again
    now += 120_000
    const later = appRouter({ measures: missing }, { storage, reload, now: () => now })
    await later.push('/measures').catch(() => undefined)
    now += 120_000
    const muchLater = appRouter({ measures: missing }, { storage, reload, now: () => now })
    await muchLater.push('/measures').catch(() => undefined)
    expect(reload).toHaveBeenCalledTimes(3)
    expect(chunkLoadFailure.value).toBeNull()
  })

  it('leaves other errors alone', async () => {
    const reload = vi.fn()
    const router = appRouter({ measures: () => Promise.reject(new Error('a bug')) }, { storage: memory(), reload })
    await router.push('/measures').catch(() => undefined)
    expect(reload).not.toHaveBeenCalled()
    expect(chunkLoadFailure.value).toBeNull()
  })
})
