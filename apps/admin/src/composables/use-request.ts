import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'

export interface Request<T, A extends unknown[]> {
  /** The last successful result (kept while a new request runs, so pages do not flash). */
  data: ShallowRef<T | null>
  /** The last request's failure, or null. */
  error: ShallowRef<unknown>
  loading: Ref<boolean>
  /** Runs the request; only the latest call's outcome is kept (older answers are dropped). */
  run: (...args: A) => Promise<void>
}

export function useRequest<T, A extends unknown[]>(fetcher: (...args: A) => Promise<T>): Request<T, A> {
  const data = shallowRef<T | null>(null)
  const error = shallowRef<unknown>(null)
  const loading = ref(false)
  let latest = 0

  async function run(...args: A) {
    const call = ++latest
    loading.value = true
    error.value = null
    try {
      const result = await fetcher(...args)
      if (call === latest) data.value = result
    } catch (failure) {
      if (call === latest) error.value = failure
    } finally {
      if (call === latest) loading.value = false
    }
  }

  return { data, error, loading, run }
}
