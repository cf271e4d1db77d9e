import type { ApiClient, Schema } from '@servicepack/api-client'

export type Enterprise = Schema<'EnterpriseDto'>
export type EnterpriseUpdate = Schema<'UpdateEnterpriseDto'>
export type ServicePackage = Schema<'PackageDto'>
export type ProfileChange = Schema<'ChangeDto'>
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

export async function fetchMyHistory(api: ApiClient): Promise<ProfileChange[]> {
  const { data } = await api.GET('/api/enterprises/me/history')
  return data ?? []
}
