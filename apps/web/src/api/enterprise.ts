import type { ApiClient, paths, Schema } from '@servicepack/api-client'

export type Enterprise = Schema<'EnterpriseDto'>
export type EnterpriseUpdate = Schema<'UpdateEnterpriseDto'>
export type ServicePackage = Schema<'PackageDto'>
export type ProfileChange = Schema<'ChangeDto'>
export type ProfileChangeList = Schema<'ChangeListDto'>
export type HistoryQuery = NonNullable<paths['/api/enterprises/me/history']['get']['parameters']['query']>
export type Steward = Schema<'StewardDto'>

/** The signed-in enterprise's profile (bound to the token's USCC by the API). */
export async function fetchMyEnterprise(api: ApiClient): Promise<Enterprise> {
  const { data } = await api.GET('/api/enterprises/me')
  return data!
}

/** Partial update; send `version` so a stale edit is refused with 409. */
export async function saveMyEnterprise(api: ApiClient, body: EnterpriseUpdate): Promise<Enterprise> {
  const { data } = await api.PUT('/api/enterprises/me', { body })
  return data!
}

export async function fetchMyPackage(api: ApiClient): Promise<ServicePackage> {
  const { data } = await api.GET('/api/enterprises/me/package')
  return data!
}

/** The profile's history, newest first, a page at a time (20 by default), optionally of one field. */
export async function fetchMyHistory(api: ApiClient, query: HistoryQuery = {}): Promise<ProfileChangeList> {
  const { data } = await api.GET('/api/enterprises/me/history', { params: { query } })
  return data!
}
