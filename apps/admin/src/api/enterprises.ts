import type { ApiClient, paths, Schema } from '@servicepack/api-client'

export type EnterpriseSummary = Schema<'EnterpriseSummaryDto'>
export type EnterpriseList = Schema<'EnterpriseListDto'>
export type Enterprise = Schema<'EnterpriseDto'>
export type EnterprisePackage = Schema<'PackageDto'>
export type EnterpriseChange = Schema<'ChangeDto'>
export type EnterpriseChangeList = Schema<'ChangeListDto'>
export type HistoryQuery = NonNullable<paths['/api/enterprises/{uscc}/history']['get']['parameters']['query']>
export type Steward = Schema<'StewardDto'>
export type StewardInput = Schema<'AssignStewardDto'>
export type BulkStewardInput = Schema<'AssignStewardsDto'>
export type BulkStewardResult = Schema<'AssignStewardsResultDto'>
export type EnterpriseCounts = Schema<'EnterpriseCountsDto'>

/** The list's filters as the API takes them (`key` absent = all enterprises). */
export type EnterpriseQuery = NonNullable<paths['/api/enterprises']['get']['parameters']['query']>

export async function listEnterprises(api: ApiClient, query: EnterpriseQuery): Promise<EnterpriseList> {
  const { data } = await api.GET('/api/enterprises', { params: { query } })
  return data!
}

/** The filtered list (no paging) as a CSV or XLSX file, fetched with the bearer token like any other call (more than 50,000 rows: 400 EXPORT_TOO_LARGE). */
export async function exportEnterprises(api: ApiClient, query: Omit<EnterpriseQuery, 'page' | 'pageSize'>, format: 'csv' | 'xlsx'): Promise<Blob> {
  const { data } = await api.GET('/api/enterprises/export', { params: { query: { ...query, format } }, parseAs: 'blob' })
  return data as unknown as Blob
}

export async function getEnterprise(api: ApiClient, uscc: string): Promise<Enterprise> {
  const { data } = await api.GET('/api/enterprises/{uscc}', { params: { path: { uscc } } })
  return data!
}

/** The service package on `asOf` (YYYY-MM-DD; the API defaults to today in Asia/Shanghai). */
export async function getEnterprisePackage(api: ApiClient, uscc: string, asOf?: string): Promise<EnterprisePackage> {
  const { data } = await api.GET('/api/enterprises/{uscc}/package', {
    params: { path: { uscc }, query: asOf ? { asOf } : {} },
  })
  return data!
}

/** The enterprise's history, newest first, a page at a time (20 by default), optionally of one field. */
export async function getEnterpriseHistory(api: ApiClient, uscc: string, query: HistoryQuery = {}): Promise<EnterpriseChangeList> {
  const { data } = await api.GET('/api/enterprises/{uscc}/history', { params: { path: { uscc }, query } })
  return data!
}

/** Coordinators only: the API answers 403 to anyone else. */
export async function assignSteward(api: ApiClient, uscc: string, steward: StewardInput): Promise<Enterprise> {
  const { data } = await api.PUT('/api/enterprises/{uscc}/steward', { params: { path: { uscc } }, body: steward })
  return data!
}

/** Coordinators only: one steward for the selected enterprises, all or nothing (409 names the stale ones). */
export async function assignStewards(api: ApiClient, body: BulkStewardInput): Promise<BulkStewardResult> {
  const { data } = await api.PUT('/api/enterprises/stewards', { body })
  return data!
}

/** The 工作台 figures: enterprises, 重点企业, without a steward. */
export async function getEnterpriseCounts(api: ApiClient): Promise<EnterpriseCounts> {
  const { data } = await api.GET('/api/enterprises/counts')
  return data!
}
