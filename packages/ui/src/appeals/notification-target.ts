import type { RouteLocationRaw } from 'vue-router'
import type { AppealNotification } from './types'

/** Where a notification leads: its appeal's page, else its notice's, else nowhere. */
export function notificationTarget(n: Pick<AppealNotification, 'appealId' | 'data'>): RouteLocationRaw | null {
  if (n.appealId) return `/appeals/${n.appealId}`
  const noticeId = n.data?.noticeId
  return typeof noticeId === 'string' ? `/notices/${noticeId}` : null
}
