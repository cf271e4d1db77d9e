import type { ApiClient, Schema } from '@servicepack/api-client'

/** 免申即享 (issue 23 §3): what the enterprise was told, its channels, 确认享受 and 提出异议. */
export type MyPushes = Schema<'MyPushesDto'>
export type PushSettings = Schema<'PushSettingsDto'>
export type Application = Schema<'AppealDto'>
export type ObjectionResult = Schema<'ObjectionResultDto'>
export type MeasureId = Schema<'MeasureParamDto'>['measureId']

export async function fetchMyPushes(api: ApiClient): Promise<MyPushes> {
  const { data } = await api.GET('/api/measure-push/me')
  return data!
}

export async function savePushSettings(api: ApiClient, body: PushSettings): Promise<PushSettings> {
  const { data } = await api.PUT('/api/measure-push/me/settings', { body })
  return data!
}

/** The enterprise opened a measure (the funnel's "opened"; nothing if it was never told). */
export async function markOpened(api: ApiClient, measureId: MeasureId): Promise<void> {
  await api.POST('/api/measure-push/me/opened', { body: { measureId } })
}

/** 确认享受: an application to the measure's lead bureau (the same one on a repeat). */
export async function confirmMeasure(api: ApiClient, measureId: MeasureId): Promise<Application> {
  const { data } = await api.POST('/api/measure-push/me/confirm', { body: { measureId } })
  return data!
}

export async function objectTo(api: ApiClient, measureId: MeasureId, kind: 'facts' | 'reading', note?: string): Promise<ObjectionResult> {
  const { data } = await api.POST('/api/measure-push/me/objection', { body: { measureId, kind, ...(note ? { note } : {}) } })
  return data!
}
