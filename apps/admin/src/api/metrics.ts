import type { ApiClient, paths, Schema } from '@servicepack/api-client'

export type Metrics = Schema<'MetricsDto'>
export type MetricsGroup = Schema<'MetricsGroupDto'>
export type Rates = Schema<'RatesDto'>
/** The metrics route's query, as the API takes it. */
export type MetricsQuery = paths['/api/metrics/appeals']['get']['parameters']['query']

export async function getMetrics(api: ApiClient, query: MetricsQuery): Promise<Metrics> {
  const { data } = await api.GET('/api/metrics/appeals', { params: { query } })
  return data!
}

/** The same figures as a file (CSV or XLSX with Chinese headers), fetched with the bearer token. */
export async function exportMetrics(api: ApiClient, query: MetricsQuery, format: 'csv' | 'xlsx'): Promise<Blob> {
  const { data } = await api.GET('/api/metrics/appeals/export', { params: { query: { ...query, format } }, parseAs: 'blob' })
  return data as unknown as Blob
}
