import type { ApiClient, paths, Schema } from '@servicepack/api-client'

/** Training notices (辅导培训), as the generated client types them. */
export type Notice = Schema<'NoticeDto'>
export type NoticeSummary = Schema<'NoticeSummaryDto'>
export type NoticeList = Schema<'NoticeListDto'>
export type NoticeInput = Schema<'CreateNoticeDto'>
export type NoticePatch = Schema<'UpdateNoticeDto'>
export type NoticeAudience = Schema<'AudienceDto'>
export type NoticeAction = Notice['allowedActions'][number]
export type NoticeKind = Notice['kind']
export type NoticeStatus = Notice['status']
export type NoticeCounts = Schema<'NoticeCountsDto'>
export type AudiencePreview = Schema<'AudiencePreviewDto'>
export type RegistrationList = Schema<'RegistrationListDto'>
export type Registration = Schema<'RegistrationDto'>
export type NoticeCoverage = Schema<'NoticeCoverageDto'>
export type MeasureCoverageList = Schema<'MeasureCoverageListDto'>
export type Funnel = Schema<'FunnelDto'>
export type AttendanceMark = Schema<'AttendanceMarkDto'>
export type NoticeQuery = NonNullable<paths['/api/notices']['get']['parameters']['query']>

export const NOTICE_KINDS: readonly NoticeKind[] = ['training', 'briefing', 'policy_interpretation']

const path = (id: string) => ({ params: { path: { id } } })

export async function listNotices(api: ApiClient, query: NoticeQuery = {}): Promise<NoticeList> {
  const { data } = await api.GET('/api/notices', { params: { query } })
  return data!
}

export async function getNoticeCounts(api: ApiClient): Promise<NoticeCounts> {
  const { data } = await api.GET('/api/notices/counts')
  return data!
}

export async function getNotice(api: ApiClient, id: string): Promise<Notice> {
  const { data } = await api.GET('/api/notices/{id}', path(id))
  return data!
}

export async function createNotice(api: ApiClient, body: NoticeInput): Promise<Notice> {
  const { data } = await api.POST('/api/notices', { body })
  return data!
}

export async function updateNotice(api: ApiClient, id: string, body: NoticePatch): Promise<Notice> {
  const { data } = await api.PATCH('/api/notices/{id}', { ...path(id), body })
  return data!
}

export async function publishNotice(api: ApiClient, id: string): Promise<Notice> {
  const { data } = await api.POST('/api/notices/{id}/publish', path(id))
  return data!
}

export async function cancelNotice(api: ApiClient, id: string, reason: string | null): Promise<Notice> {
  const { data } = await api.POST('/api/notices/{id}/cancel', { ...path(id), body: { reason } })
  return data!
}

/** The body as the API will serve it (one renderer for both apps). */
export async function renderMarkdown(api: ApiClient, body: string): Promise<string> {
  const { data } = await api.POST('/api/notices/render', { body: { body } })
  return data!.html
}

/** How many enterprises an audience reaches (and a sample), before saving. */
export async function previewAudience(api: ApiClient, audience: NoticeAudience, startsAt?: string): Promise<AudiencePreview> {
  const { data } = await api.POST('/api/notices/audience-preview', { body: { audience, ...(startsAt ? { startsAt } : {}) } })
  return data!
}

export async function listRegistrations(api: ApiClient, id: string): Promise<RegistrationList> {
  const { data } = await api.GET('/api/notices/{id}/registrations', path(id))
  return data!
}

export async function markAttendance(api: ApiClient, id: string, marks: AttendanceMark[]): Promise<RegistrationList> {
  const { data } = await api.POST('/api/notices/{id}/attendance', { ...path(id), body: { marks } })
  return data!
}

export async function exportRegistrations(api: ApiClient, id: string, format: 'csv' | 'xlsx'): Promise<Blob> {
  const { data } = await api.GET('/api/notices/{id}/registrations/export', { params: { path: { id }, query: { format } }, parseAs: 'blob' })
  return data as unknown as Blob
}

export async function getCoverage(api: ApiClient, id: string): Promise<NoticeCoverage> {
  const { data } = await api.GET('/api/notices/{id}/coverage', path(id))
  return data!
}

export async function getMeasureCoverage(api: ApiClient): Promise<MeasureCoverageList> {
  const { data } = await api.GET('/api/notices/coverage')
  return data!
}
