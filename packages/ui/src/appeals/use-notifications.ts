import type { ApiClient } from '@servicepack/api-client'
import { computed, onBeforeUnmount, onMounted, ref, shallowRef } from 'vue'
import { listNotifications, markAllNotificationsRead, markNotificationRead } from './appeal-api'
import type { NotificationList } from './types'

export const NOTIFICATION_POLL_MS = 60_000

/**
 * The signed-in user's notifications, kept fresh: read on mount, about every minute while the page
 * is visible, and whenever the window gets the focus back. Marking read updates the list at once
 * and then asks the API.
 */
export function useNotifications(api: ApiClient, options: { intervalMs?: number } = {}) {
  const list = shallowRef<NotificationList | null>(null)
  const error = shallowRef<unknown>(null)
  const loading = ref(false)
  let inFlight: Promise<void> | null = null
  let timer: ReturnType<typeof setInterval> | undefined

  function refresh(): Promise<void> {
    inFlight ??= (async () => {
      loading.value = true
      try {
        list.value = await listNotifications(api)
        error.value = null
      } catch (failure) {
        error.value = failure
      } finally {
        loading.value = false
        inFlight = null
      }
    })()
    return inFlight
  }

  const visible = () => typeof document === 'undefined' || document.visibilityState !== 'hidden'
  const onFocus = () => void refresh()
  const onVisibility = () => visible() && void refresh()

  onMounted(() => {
    void refresh()
    timer = setInterval(() => visible() && void refresh(), options.intervalMs ?? NOTIFICATION_POLL_MS)
    window.addEventListener('focus', onFocus)
    document.addEventListener('visibilitychange', onVisibility)
  })
  onBeforeUnmount(() => {
    clearInterval(timer)
    window.removeEventListener('focus', onFocus)
    document.removeEventListener('visibilitychange', onVisibility)
  })

  async function markRead(id: string): Promise<void> {
    const current = list.value
    const item = current?.items.find((n) => n.id === id)
    if (!current || !item || item.read) return
    list.value = { items: current.items.map((n) => (n.id === id ? { ...n, read: true } : n)), unread: Math.max(0, current.unread - 1) }
    try {
      await markNotificationRead(api, id)
    } catch (failure) {
      error.value = failure
      await refresh()
    }
  }

  async function markAllRead(): Promise<void> {
    const current = list.value
    if (current) list.value = { items: current.items.map((n) => ({ ...n, read: true })), unread: 0 }
    try {
      await markAllNotificationsRead(api)
    } catch (failure) {
      error.value = failure
    }
    await refresh()
  }

  return {
    items: computed(() => list.value?.items ?? []),
    unread: computed(() => list.value?.unread ?? 0),
    loaded: computed(() => list.value !== null),
    error,
    loading,
    refresh,
    markRead,
    markAllRead,
  }
}
