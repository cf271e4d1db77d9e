import { shallowRef } from 'vue'
import type { Router } from 'vue-router'

/**
 * A page's code that could not be loaded: after a deployment an open tab asks for chunks that are
 * gone, a network blip drops one, and a fresh `pnpm dev` answers "504 Outdated Optimize Dep" while
 * Vite re-bundles. The router then fails the navigation; left alone, a click does nothing.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error)
  return /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS|Outdated Optimize Dep|ChunkLoadError/i.test(message)
}

/** The page that could not be loaded even after a reload; AppLayout says so (see ChunkLoadNotice). */
export const chunkLoadFailure = shallowRef<{ path: string } | null>(null)

const KEY = 'servicepack.chunkReload'
/** A reload older than this is another story: try reloading again. */
const FRESH_MS = 60_000

export interface ChunkReloadOptions {
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
  /** Loads the page afresh at `path` (default: a full page load). */
  reload?: (path: string) => void
  now?: () => number
}

/**
 * `router.onError` for chunks: the first failure for a page loads it afresh (new chunk names, a
 * finished re-bundle), once; if it fails again the app says so instead of doing nothing. A successful
 * navigation forgets both.
 */
export function reloadOnChunkError(router: Router, options: ChunkReloadOptions = {}): void {
  const storage = options.storage ?? globalThis.sessionStorage
  const reload = options.reload ?? ((path: string) => globalThis.location.assign(path))
  const now = options.now ?? Date.now
  router.onError((error, to) => {
    if (!isChunkLoadError(error)) return
    const path = to.fullPath
    let last: { path?: string; at?: number } = {}
    try {
      last = JSON.parse(storage.getItem(KEY) ?? '{}') as typeof last
    } catch {
      last = {}
    }
    if (last.path === path && typeof last.at === 'number' && now() - last.at < FRESH_MS) {
      chunkLoadFailure.value = { path }
      return
    }
    storage.setItem(KEY, JSON.stringify({ path, at: now() }))
    reload(router.resolve(path).href)
  })
  router.afterEach((_to, _from, failure) => {
    if (failure) return
    storage.removeItem(KEY)
    chunkLoadFailure.value = null
  })
}
