import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'

/**
 * Keep only the latest answer: every request a page starts takes a ticket, and an answer whose
 * ticket is no longer the latest (the filters changed meanwhile, the user paged on) is dropped, so
 * a slow old answer never overwrites a newer one. `begin()` starts a new request (older ones go
 * stale); `current()` joins the latest (a follow-up such as "load more", dropped if a new request begins).
 */
export interface Latest {
  begin(): () => boolean
  current(): () => boolean
}

export function useLatest(): Latest {
  let latest = 0
  return {
    begin() {
      const call = ++latest
      return () => call === latest
    },
    current() {
      const call = latest
      return () => call === latest
    },
  }
}

export interface Request<T, A extends unknown[]> {
  /** The last successful result (kept while a new request runs, so pages do not flash). */
  data: ShallowRef<T | null>
  /** The last request's failure, or null. */
  error: ShallowRef<unknown>
  loading: Ref<boolean>
  /** Runs the request; only the latest call's outcome is kept. True when this call's answer was kept. */
  run: (...args: A) => Promise<boolean>
}

/** One request whose latest answer a page shows (useLatest + data, error and loading). */
export function useRequest<T, A extends unknown[]>(fetcher: (...args: A) => Promise<T>): Request<T, A> {
  const data = shallowRef<T | null>(null)
  const error = shallowRef<unknown>(null)
  const loading = ref(false)
  const latest = useLatest()

  async function run(...args: A): Promise<boolean> {
    const isLatest = latest.begin()
    loading.value = true
    error.value = null
    try {
      const result = await fetcher(...args)
      if (!isLatest()) return false
      data.value = result
      return true
    } catch (failure) {
      if (isLatest()) error.value = failure
      return false
    } finally {
      if (isLatest()) loading.value = false
    }
  }

  return { data, error, loading, run }
}
