import { ApiError, type ApiClient, type paths } from '@servicepack/api-client'
import { onMounted, shallowRef, type ShallowRef } from 'vue'

type HealthResponses = paths['/api/health']['get']['responses']
/** Terminus' report: 200 when every indicator is up, 503 otherwise. */
type HealthCheckResult =
  | HealthResponses[200]['content']['application/json']
  | HealthResponses[503]['content']['application/json']

export type CheckStatus = 'up' | 'warning' | 'down'

export interface HealthCheck {
  /** Indicator key from the API, e.g. `database`. */
  name: string
  /** `up`; `warning`: working but needs an administrator (e.g. the calendar runs out soon); `down`. */
  status: CheckStatus
  /** The working-day calendar's first uncovered date (YYYY-MM-DD), when it does not cover the next 60 days. */
  uncoveredFrom?: string
}

export type HealthState =
  | { kind: 'loading' }
  /** Every indicator works; some may carry a warning for an administrator. */
  | { kind: 'healthy'; checks: HealthCheck[]; checkedAt: Date }
  /** The API answered 503: some indicator is down. */
  | { kind: 'degraded'; checks: HealthCheck[]; checkedAt: Date; correlationId: string }
  /** Nothing answered at `url`. */
  | { kind: 'unreachable'; url: string; checkedAt: Date }
  /** The API answered with an error that is not a health report (shown by its code, see errorText). */
  | { kind: 'error'; error: ApiError; correlationId: string; checkedAt: Date }

function checksOf(report: Partial<HealthCheckResult> | undefined): HealthCheck[] {
  const details = report?.details ?? { ...report?.info, ...report?.error }
  return Object.entries(details ?? {}).map(([name, indicator]) => {
    const uncoveredFrom = (indicator as Record<string, unknown> | undefined)?.uncoveredFrom
    const status: CheckStatus = indicator?.status === 'up' ? 'up' : indicator?.status === 'degraded' ? 'warning' : 'down'
    return { name, status, ...(typeof uncoveredFrom === 'string' ? { uncoveredFrom } : {}) }
  })
}

function isHealthReport(body: unknown): body is HealthCheckResult {
  return typeof body === 'object' && body !== null && 'status' in body && ('details' in body || 'error' in body)
}

/** Asks `GET /api/health` through the typed client and classifies the answer. Never throws. */
export async function checkHealth(api: ApiClient, baseUrl: string, now: () => Date = () => new Date()): Promise<HealthState> {
  try {
    const { data, response } = await api.GET('/api/health')
    const checks = checksOf(data)
    // Terminus reports `degraded` overall when an indicator is degraded (the calendar runs out in
    // some weeks): still working, so healthy with a warning; only a check that is down is an outage.
    if ((data?.status === 'ok' || data?.status === 'degraded') && checks.every((check) => check.status !== 'down')) return { kind: 'healthy', checks, checkedAt: now() }
    return { kind: 'degraded', checks, checkedAt: now(), correlationId: response.headers.get('x-request-id') ?? '' }
  } catch (error) {
    if (error instanceof ApiError) {
      if (error.statusCode === 503 && isHealthReport(error.body)) {
        return { kind: 'degraded', checks: checksOf(error.body), checkedAt: now(), correlationId: error.correlationId }
      }
      return { kind: 'error', error, correlationId: error.correlationId, checkedAt: now() }
    }
    return { kind: 'unreachable', url: baseUrl, checkedAt: now() }
  }
}

/** The health of the API as reactive state, checked on mount and on `refresh()`. */
export function useHealth(api: ApiClient, baseUrl: string): { state: ShallowRef<HealthState>; refresh: () => Promise<void> } {
  const state = shallowRef<HealthState>({ kind: 'loading' })
  async function refresh() {
    state.value = { kind: 'loading' }
    state.value = await checkHealth(api, baseUrl)
  }
  onMounted(refresh)
  return { state, refresh }
}
