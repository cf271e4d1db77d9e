import { createApiClient } from '@servicepack/api-client'
import { describe, expect, it } from 'vitest'
import { checkHealth } from './health'

const now = () => new Date('2026-11-26T01:00:00Z')
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

describe('checkHealth', () => {
  it('is healthy on 200 and lists the indicators', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      fetch: json(200, { status: 'ok', info: { database: { status: 'up' } }, error: {}, details: { database: { status: 'up' } } }),
    })
    expect(await checkHealth(api, 'http://api.test', now)).toEqual({
      kind: 'healthy',
      checks: [{ name: 'database', status: 'up' }],
      checkedAt: now(),
    })
  })

  it('is healthy with a warning when an indicator reports degraded (the calendar runs out soon)', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      fetch: json(200, {
        status: 'ok',
        info: { database: { status: 'up' } },
        error: {},
        details: { database: { status: 'up' }, calendar: { status: 'degraded', uncoveredFrom: '2027-01-01', coverageDays: 60 } },
      }),
    })
    expect(await checkHealth(api, 'http://api.test', now)).toEqual({
      kind: 'healthy',
      checks: [{ name: 'database', status: 'up' }, { name: 'calendar', status: 'warning', uncoveredFrom: '2027-01-01' }],
      checkedAt: now(),
    })
  })

  it('is healthy with a warning when the API reports degraded overall, as Terminus does for a degraded indicator (never 服务部分不可用 for a calendar weeks away)', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      fetch: json(200, { status: 'degraded', info: { database: { status: 'up' } }, error: {}, details: { database: { status: 'up' }, calendar: { status: 'degraded', uncoveredFrom: '2027-01-01', coverageDays: 60 } } }),
    })
    expect(await checkHealth(api, 'http://api.test', now)).toEqual({
      kind: 'healthy',
      checks: [{ name: 'database', status: 'up' }, { name: 'calendar', status: 'warning', uncoveredFrom: '2027-01-01' }],
      checkedAt: now(),
    })
  })

  it('is degraded when the API answers 200 with a check down', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      fetch: json(200, { status: 'degraded', info: {}, error: {}, details: { database: { status: 'down' } } }),
    })
    expect(await checkHealth(api, 'http://api.test', now)).toMatchObject({
      kind: 'degraded',
      checks: [{ name: 'database', status: 'down' }],
    })
  })

  it('is degraded on a 503 health report', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      fetch: json(
        503,
        { status: 'error', info: {}, error: { database: { status: 'down' } }, details: { database: { status: 'down' } } },
        { 'x-request-id': 'r-1' },
      ),
    })
    expect(await checkHealth(api, 'http://api.test', now)).toEqual({
      kind: 'degraded',
      checks: [{ name: 'database', status: 'down' }],
      checkedAt: now(),
      correlationId: 'r-1',
    })
  })

  it('reports an error in the API error shape', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      fetch: json(500, { statusCode: 500, error: 'Internal Server Error', code: 'INTERNAL_ERROR', message: 'Unexpected', correlationId: 'c' }),
    })
    const state = await checkHealth(api, 'http://api.test', now)
    expect(state).toMatchObject({ kind: 'error', correlationId: 'c' })
    expect(state.kind === 'error' && state.error).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' })
  })

  it('is unreachable when fetch fails', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      fetch: async () => {
        throw new TypeError('Failed to fetch')
      },
    })
    expect(await checkHealth(api, 'http://api.test', now)).toEqual({ kind: 'unreachable', url: 'http://api.test', checkedAt: now() })
  })
})
