import type { ApiClient, paths, Schema } from '@servicepack/api-client'

/** Training notices aimed at the signed-in enterprise (the API shows only those whose audience includes it). */
export type Notice = Schema<'NoticeDto'>
export type NoticeSummary = Schema<'NoticeSummaryDto'>
export type NoticeList = Schema<'NoticeListDto'>
export type Registration = Schema<'RegisterDto'>
export type RegistrationResult = Schema<'RegistrationResultDto'>
export type NoticeQuery = NonNullable<paths['/api/notices']['get']['parameters']['query']>
export type NoticesByMeasure = Schema<'NoticesByMeasureDto'>
export type MeasureNotices = Schema<'MeasureNoticesDto'>

const path = (id: string) => ({ params: { path: { id } } })

export async function listNotices(api: ApiClient, query: NoticeQuery = {}): Promise<NoticeList> {
  const { data } = await api.GET('/api/notices', { params: { query } })
  return data!
}

/** Each measure's soonest upcoming notices for the caller's enterprise, and how many in all (the package page). */
export async function fetchNoticesByMeasure(api: ApiClient, perMeasure = 3): Promise<NoticesByMeasure> {
  const { data } = await api.GET('/api/notices/by-measure', { params: { query: { perMeasure } } })
  return data!
}

/** One notice (the API records that the enterprise opened it). */
export async function getNotice(api: ApiClient, id: string): Promise<Notice> {
  const { data } = await api.GET('/api/notices/{id}', path(id))
  return data!
}

/** Registers: a seat (`registered`) or the waitlist (`waitlisted`). */
export async function register(api: ApiClient, id: string, body: Registration): Promise<RegistrationResult> {
  const { data } = await api.POST('/api/notices/{id}/registrations', { ...path(id), body })
  return data!
}

/** 修改报名: contact, phone, attendees (a waitlist place is kept; more attendees only into free seats). */
export async function changeRegistration(api: ApiClient, id: string, body: Registration): Promise<RegistrationResult> {
  const { data } = await api.PUT('/api/notices/{id}/registrations/me', { ...path(id), body })
  return data!
}

export async function withdraw(api: ApiClient, id: string): Promise<Notice> {
  const { data } = await api.DELETE('/api/notices/{id}/registrations/me', path(id))
  return data!
}

/** The calendar entry (.ics). */
export async function calendarEntry(api: ApiClient, id: string): Promise<Blob> {
  const { data } = await api.GET('/api/notices/{id}/calendar.ics', { ...path(id), parseAs: 'blob' })
  return data as unknown as Blob
}
