import type { ApiClient, Schema } from '@servicepack/api-client'

/** The 三率 as open data (no sign-in): the index of published months and each month's table. */
export type OpenDataIndex = Schema<'OpenDataIndexDto'>
export type OpenDataMonth = Schema<'OpenDataMonthDto'>
export type OpenDataRow = Schema<'OpenDataRowDto'>
export type OpenDataRate = Schema<'OpenDataRateDto'>

export const RATE_KEYS = ['responseRate', 'resolutionRate', 'satisfactionRate', 'onTimeAnswerRate'] as const
export type RateKey = (typeof RATE_KEYS)[number]

export async function openDataIndex(api: ApiClient): Promise<OpenDataIndex> {
  const { data } = await api.GET('/api/open-data/appeal-rates')
  return data!
}

export async function openDataMonth(api: ApiClient, month: string): Promise<OpenDataMonth> {
  const { data } = await api.GET('/api/open-data/appeal-rates/{file}', { params: { path: { file: `${month}.json` } } })
  return data as OpenDataMonth
}
