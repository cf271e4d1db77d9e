import type { ApiClient, paths, Schema } from '@servicepack/api-client'
import type { Appeal } from '@servicepack/ui'

export type DispatchInput = Schema<'DispatchAppealDto'>
export type ExtensionInput = Schema<'ExtensionRequestDto'>

/** The handlers' actions, one route each; every one answers the appeal as it is now (with the new `allowedActions`). */
const path = (id: string) => ({ params: { path: { id } } })

export async function dispatchAppeal(api: ApiClient, id: string, body: DispatchInput): Promise<Appeal> {
  const { data } = await api.POST('/api/appeals/{id}/dispatch', { ...path(id), body })
  return data!
}

export async function acceptAppeal(api: ApiClient, id: string): Promise<Appeal> {
  const { data } = await api.POST('/api/appeals/{id}/accept', path(id))
  return data!
}

/** The lead's answer; `skipReason` answers without the assisting opinion still awaited (不等待协办意见). */
export async function respondAppeal(api: ApiClient, id: string, body: string, skipReason?: string): Promise<Appeal> {
  const { data } = await api.POST('/api/appeals/{id}/respond', { ...path(id), body: skipReason ? { body, skipAssistingOpinion: true, skipReason } : { body } })
  return data!
}

/** 退回 to the coordinator; the reason is required. */
export async function returnAppeal(api: ApiClient, id: string, reason: string): Promise<Appeal> {
  const { data } = await api.POST('/api/appeals/{id}/return', { ...path(id), body: { reason } })
  return data!
}

/** An assisting bureau's opinion for the lead bureau. */
export async function addOpinion(api: ApiClient, id: string, body: string): Promise<Appeal> {
  const { data } = await api.POST('/api/appeals/{id}/opinions', { ...path(id), body: { body } })
  return data!
}

export async function requestExtension(api: ApiClient, id: string, body: ExtensionInput): Promise<Appeal> {
  const { data } = await api.POST('/api/appeals/{id}/extension-requests', { ...path(id), body })
  return data!
}

export async function decideExtension(api: ApiClient, id: string, requestId: string, approve: boolean, note: string | null): Promise<Appeal> {
  const params = { params: { path: { id, requestId } }, body: { note } }
  const { data } = approve
    ? await api.POST('/api/appeals/{id}/extension-requests/{requestId}/approve', params)
    : await api.POST('/api/appeals/{id}/extension-requests/{requestId}/refuse', params)
  return data!
}

/** A coordinator closes an answered appeal the enterprise does not rate. */
export async function closeAppeal(api: ApiClient, id: string, note: string | null): Promise<Appeal> {
  const { data } = await api.POST('/api/appeals/{id}/close', { ...path(id), body: { note } })
  return data!
}

/** The export route's filters: the list's, without paging. */
export type AppealExportQuery = Omit<NonNullable<paths['/api/appeals/export']['get']['parameters']['query']>, 'format'>

/** Every appeal of the list with these filters as a file (CSV or XLSX with Chinese headers), fetched with the bearer token. */
export async function exportAppeals(api: ApiClient, query: AppealExportQuery, format: 'csv' | 'xlsx'): Promise<Blob> {
  const { data } = await api.GET('/api/appeals/export', { params: { query: { ...query, format } }, parseAs: 'blob' })
  return data as unknown as Blob
}
