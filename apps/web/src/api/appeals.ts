import { ApiUnreachableError, type ApiClient, type Schema } from '@servicepack/api-client'
import { listAppeals, type Appeal } from '@servicepack/ui'

export type AppealInput = Schema<'CreateAppealDto'>
export type RateInput = Schema<'RateAppealDto'>

const IDEMPOTENCY_HEADER = 'Idempotency-Key'
const headerAllowed = new WeakMap<ApiClient, Promise<boolean>>()

/**
 * Whether this browser may send `Idempotency-Key` to the API: a cross-origin request with it is
 * refused unless the API's CORS `allowedHeaders` names it (the API at the time of writing does not;
 * see the report of the appeals-ui branch). Probed once per client with a harmless GET: any answer
 * means the header passed; a refusal while a plain GET gets through means CORS does not allow it.
 * When both fail the API is down: the header is sent (and nothing is remembered).
 */
export function idempotencyHeaderAllowed(api: ApiClient): Promise<boolean> {
  const known = headerAllowed.get(api)
  if (known) return known
  const probe = (async () => {
    const reaches = async (headers: Record<string, string>) => {
      try {
        await api.GET('/api/health', { headers })
        return true
      } catch (error) {
        return !(error instanceof ApiUnreachableError)
      }
    }
    if (await reaches({ [IDEMPOTENCY_HEADER]: 'probe-idempotency' })) return true
    const plain = await reaches({})
    if (!plain) headerAllowed.delete(api)
    return !plain
  })()
  headerAllowed.set(api, probe)
  return probe
}

/**
 * Submits an appeal. The same `idempotencyKey` (one per draft) returns the same appeal however often
 * it is sent: a double click or a retry after a network error never makes two.
 */
export async function createAppeal(api: ApiClient, body: AppealInput, idempotencyKey: string): Promise<Appeal> {
  const header = (await idempotencyHeaderAllowed(api)) ? { [IDEMPOTENCY_HEADER]: idempotencyKey } : undefined
  const { data } = await api.POST('/api/appeals', { body, params: { header } })
  return data!
}

/**
 * Without the header (see `idempotencyHeaderAllowed`), the appeal an earlier attempt of this draft
 * may have made although its answer never arrived: the enterprise's appeal with the same title,
 * category and measure, created since that attempt (minus 5 minutes for clock skew). Null otherwise.
 */
export async function findEarlierAttempt(api: ApiClient, body: AppealInput, attemptedAt: string): Promise<Pick<Appeal, 'id' | 'number'> | null> {
  if (await idempotencyHeaderAllowed(api)) return null
  const since = new Date(attemptedAt).getTime() - 5 * 60_000
  const { items } = await listAppeals(api, { q: body.title, limit: 20 })
  const match = items.find(
    (a) => a.title === body.title && a.categoryCode === body.categoryCode && (a.measureId ?? null) === (body.measureId ?? null) && new Date(a.createdAt).getTime() >= since,
  )
  return match ? { id: match.id, number: match.number } : null
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
