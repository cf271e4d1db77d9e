import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { useLatest } from './use-request'

export interface KeysetPage<T> {
  items: T[]
  nextCursor: string | null
}

export interface KeysetList<T> {
  /** The rows read so far; null before the first page arrived (or after it failed). */
  items: ShallowRef<T[] | null>
  /** The cursor of the next page; null at the end. */
  cursor: Ref<string | null>
  /** The first page's failure (the list cannot show), or null. */
  failure: ShallowRef<unknown>
  /** A further page's failure (the rows read so far stay), or null. */
  moreFailure: ShallowRef<unknown>
  loading: Ref<boolean>
  loadingMore: Ref<boolean>
  /** Reads the first page again (new filters): an answer to an older load or "more" is dropped. */
  load: () => Promise<void>
  /** Appends the next page, unless at the end or already reading one. */
  loadMore: () => Promise<void>
}

/**
 * A list read a page at a time with the API's keyset cursors ("load more" under the rows), as both
 * inboxes show appeals: `fetchPage(cursor)` reads the page after `cursor` (undefined: the first) with
 * whatever filters the page holds now. Only the latest load's answers are kept (useLatest).
 */
export function useKeysetList<T>(fetchPage: (cursor: string | undefined) => Promise<KeysetPage<T>>): KeysetList<T> {
  const items = shallowRef<T[] | null>(null)
  const cursor = ref<string | null>(null)
  const failure = shallowRef<unknown>(null)
  const moreFailure = shallowRef<unknown>(null)
  const loading = ref(false)
  const loadingMore = ref(false)
  const latest = useLatest()

  async function load() {
    const isLatest = latest.begin()
    loading.value = true
    failure.value = null
    moreFailure.value = null
    try {
      const page = await fetchPage(undefined)
      if (!isLatest()) return
      items.value = page.items
      cursor.value = page.nextCursor
    } catch (error) {
      if (isLatest()) failure.value = error
    } finally {
      if (isLatest()) loading.value = false
    }
  }

  async function loadMore() {
    if (!cursor.value || loadingMore.value) return
    const isLatest = latest.current()
    loadingMore.value = true
    moreFailure.value = null
    try {
      const page = await fetchPage(cursor.value)
      if (!isLatest()) return
      items.value = [...(items.value ?? []), ...page.items]
      cursor.value = page.nextCursor
    } catch (error) {
      if (isLatest()) moreFailure.value = error
    } finally {
      loadingMore.value = false
    }
  }

  return { items, cursor, failure, moreFailure, loading, loadingMore, load, loadMore }
}
