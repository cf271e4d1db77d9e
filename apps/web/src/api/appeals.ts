import type { ApiClient, Schema } from '@servicepack/api-client'
import type { Appeal } from '@servicepack/ui'

export type AppealInput = Schema<'CreateAppealDto'>
export type RateInput = Schema<'RateAppealDto'>

/**
 * Submits an appeal. The same `idempotencyKey` (one per draft) returns the same appeal however often
 * it is sent: a double click or a retry after a network error never makes two.
 */
export async function createAppeal(api: ApiClient, body: AppealInput, idempotencyKey: string): Promise<Appeal> {
  const { data } = await api.POST('/api/appeals', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })
  return data!
}

export async function withdrawAppeal(api: ApiClient, id: string, note: string | null): Promise<Appeal> {
  const { data } = await api.POST('/api/appeals/{id}/withdraw', { params: { path: { id } }, body: { note } })
  return data!
}

/** 解决/未解决 and 满意/基本满意/不满意 (不满意 reopens the appeal). */
export async function rateAppeal(api: ApiClient, id: string, body: RateInput): Promise<Appeal> {
  const { data } = await api.POST('/api/appeals/{id}/rate', { params: { path: { id } }, body })
  return data!
}
