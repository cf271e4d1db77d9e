import type { ApiClient } from '@servicepack/api-client'
import { ref, shallowRef, watch } from 'vue'
import { useLatest } from '../composables/use-request'
import { getAppeal, getAppealEvents } from './appeal-api'
import type { Appeal, AppealEvent } from './types'

/**
 * An appeal page's data: the appeal (with the caller's `allowedActions`) and its timeline, loaded
 * together and again when the id changes. After an action, `update(appeal)` shows the API's answer and
 * reads the timeline again; when someone else acted first (409 INVALID_TRANSITION), `conflict()` reads
 * everything again and sets `changedMeanwhile`, which the page says in words.
 */
export function useAppeal(api: ApiClient, id: () => string) {
  const appeal = shallowRef<Appeal | null>(null)
  const events = shallowRef<AppealEvent[]>([])
  const eventsLoading = ref(false)
  const failure = shallowRef<unknown>(null)
  const changedMeanwhile = ref(false)
  const latest = useLatest()

  async function loadEvents(isLatest = latest.current()) {
    eventsLoading.value = true
    try {
      const list = await getAppealEvents(api, id())
      if (isLatest()) events.value = list
    } catch {
      // the appeal itself shows; the timeline keeps what it had
    } finally {
      if (isLatest()) eventsLoading.value = false
    }
  }

  async function load() {
    const isLatest = latest.begin()
    failure.value = null
    try {
      const [loaded] = await Promise.all([getAppeal(api, id()), loadEvents(isLatest)])
      if (isLatest()) appeal.value = loaded
    } catch (error) {
      if (isLatest()) {
        failure.value = error
        appeal.value = null
      }
    }
  }

  /** The appeal as an action left it; the timeline follows. */
  function update(next: Appeal) {
    appeal.value = next
    changedMeanwhile.value = false
    void loadEvents()
  }

  async function conflict() {
    await load()
    changedMeanwhile.value = true
  }

  watch(id, () => {
    appeal.value = null
    events.value = []
    changedMeanwhile.value = false
    void load()
  }, { immediate: true })

  return { appeal, events, eventsLoading, failure, changedMeanwhile, load, update, conflict }
}
