import type { ApiClient, paths, Schema } from '@servicepack/api-client'
import type { Appeal } from '@servicepack/ui'

/** 免申即享 for the bureaus and coordinators (issue 23 §3–§4). */
export type MeasureFunnel = Schema<'MeasureFunnelDto'>
export type MeasureFunnelRow = Schema<'MeasureFunnelRowDto'>
export type MeasureFunnelEnterprises = Schema<'MeasureFunnelEnterpriseListDto'>
export type FunnelQuery = NonNullable<paths['/api/measure-funnel']['get']['parameters']['query']>
export type DrillQuery = paths['/api/measure-funnel/enterprises']['get']['parameters']['query']
export type Outcome = Schema<'AnswerApplicationDto'>['outcome']

/** The lead bureau's answer to an application: 予以兑现 / 需补充材料 / 不符合 (with the reason). */
export async function answerApplication(api: ApiClient, id: string, outcome: Outcome, reason: string): Promise<Appeal> {
  const { data } = await api.POST('/api/applications/{id}/answer', { params: { path: { id } }, body: { outcome, ...(reason.trim() ? { reason } : {}) } })
  return data! as Appeal
}

export async function getMeasureFunnel(api: ApiClient, query: FunnelQuery): Promise<MeasureFunnel> {
  const { data } = await api.GET('/api/measure-funnel', { params: { query } })
  return data!
}

export async function getFunnelEnterprises(api: ApiClient, query: DrillQuery): Promise<MeasureFunnelEnterprises> {
  const { data } = await api.GET('/api/measure-funnel/enterprises', { params: { query } })
  return data!
}

export async function exportMeasureFunnel(api: ApiClient, query: FunnelQuery, format: 'csv' | 'xlsx'): Promise<Blob> {
  const { data } = await api.GET('/api/measure-funnel/export', { params: { query: { ...query, format } }, parseAs: 'blob' })
  return data as unknown as Blob
}
