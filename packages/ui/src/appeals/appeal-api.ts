import type { ApiClient } from '@servicepack/api-client'
import { saveBlob } from '../utils/save-blob'
import type { Appeal, AppealAttachment, AppealCounts, AppealEvent, AppealList, AppealListQuery, AppealCountsQuery, NotificationHistory, NotificationHistoryQuery, NotificationList } from './types'

/**
 * The appeal calls both apps make (the apps' `api/appeals.ts` hold the calls only one of them makes).
 * Each resolves to the API's answer or throws its `ApiError` (texts by code: `errorText`).
 */
export async function getAppeal(api: ApiClient, id: string): Promise<Appeal> {
  const { data } = await api.GET('/api/appeals/{id}', { params: { path: { id } } })
  return data!
}

/** The timeline, oldest first. */
export async function getAppealEvents(api: ApiClient, id: string): Promise<AppealEvent[]> {
  const { data } = await api.GET('/api/appeals/{id}/events', { params: { path: { id } } })
  return data ?? []
}

/** One keyset page of the appeals the caller may see (pass the previous page's `nextCursor`). */
export async function listAppeals(api: ApiClient, query: AppealListQuery): Promise<AppealList> {
  const { data } = await api.GET('/api/appeals', { params: { query } })
  return data!
}

/** The counts per tab, under the list's non-tab filters (so they agree with the list a drill-down opens). */
export async function countAppeals(api: ApiClient, query: AppealCountsQuery = {}): Promise<AppealCounts> {
  const { data } = await api.GET('/api/appeals/counts', { params: { query } })
  return data!
}

/** A message on the appeal's timeline; answers the appeal as it is now. */
export async function sendAppealMessage(api: ApiClient, id: string, body: string): Promise<Appeal> {
  const { data } = await api.POST('/api/appeals/{id}/messages', { params: { path: { id } }, body: { body } })
  return data!
}

/** Fetches an attachment with the bearer token (a plain link would carry none) and hands it to the browser. */
export async function downloadAttachment(api: ApiClient, appealId: string, attachment: Pick<AppealAttachment, 'id' | 'fileName'>): Promise<void> {
  const { data } = await api.GET('/api/appeals/{id}/attachments/{attachmentId}', {
    params: { path: { id: appealId, attachmentId: attachment.id } },
    parseAs: 'blob',
  })
  saveBlob(data as unknown as Blob, attachment.fileName)
}

/** The latest 50 notifications, newest first, with the unread count. */
export async function listNotifications(api: ApiClient): Promise<NotificationList> {
  const { data } = await api.GET('/api/notifications')
  return data!
}

/** The notifications page: a page of everything sent, filtered (unread, kind), with the total and counts per kind. */
export async function notificationHistory(api: ApiClient, query: NotificationHistoryQuery): Promise<NotificationHistory> {
  const { data } = await api.GET('/api/notifications/history', { params: { query } })
  return data!
}

export async function markNotificationRead(api: ApiClient, id: string): Promise<void> {
  await api.POST('/api/notifications/{id}/read', { params: { path: { id } } })
}

export async function markAllNotificationsRead(api: ApiClient): Promise<void> {
  await api.POST('/api/notifications/read-all')
}
