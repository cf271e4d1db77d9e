import { describe, expect, it, vi } from 'vitest'
import { ApiError, ApiUnreachableError, fieldErrors, createApiClient } from './index'

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })
}

const healthy = {
  status: 'ok',
  info: { database: { status: 'up' } },
  error: {},
  details: { database: { status: 'up' } },
}

describe('createApiClient', () => {
  it('calls the API under baseUrl and returns typed data', async () => {
    const fetch = vi.fn(async (_request: Request) => json(200, healthy))
    const api = createApiClient({ baseUrl: 'http://api.test/', fetch })

    const { data } = await api.GET('/api/health')

    expect(data?.status).toBe('ok')
    expect(fetch.mock.calls[0]?.[0].url).toBe('http://api.test/api/health')
  })

  it('awaits getToken before each request and sends a bearer token', async () => {
    const seen: (string | null)[] = []
    const fetch = vi.fn(async (request: Request) => {
      seen.push(request.headers.get('authorization'))
      return json(200, { sub: 's', username: 'u', roles: [], enterpriseUscc: null, bureau: null, association: null })
    })
    let n = 0
    const getToken = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      n += 1
      return `token-${n}`
    })
    const api = createApiClient({ baseUrl: 'http://api.test', fetch, getToken })

    await api.GET('/api/me')
    await api.GET('/api/me')

    expect(getToken).toHaveBeenCalledTimes(2)
    expect(seen).toEqual(['Bearer token-1', 'Bearer token-2'])
  })

  it('sends no Authorization header when there is no token', async () => {
    const fetch = vi.fn(async (_request: Request) => json(200, healthy))
    const api = createApiClient({ baseUrl: 'http://api.test', fetch, getToken: async () => undefined })

    await api.GET('/api/health')

    expect(fetch.mock.calls[0]?.[0].headers.has('authorization')).toBe(false)
  })

  it('throws an ApiError carrying the API error shape', async () => {
    const body = {
      statusCode: 401,
      error: 'Unauthorized',
      code: 'TOKEN_INVALID',
      message: 'The access token is invalid or expired',
      correlationId: 'req-123',
    }
    const api = createApiClient({ baseUrl: 'http://api.test', fetch: async () => json(401, body) })

    const failure = await api.GET('/api/me').catch((e: unknown) => e)

    expect(failure).toBeInstanceOf(ApiError)
    expect(failure).toMatchObject({ ...body, body })
  })

  it('keeps field details of a 400, and fieldErrors() maps each field to its first code', async () => {
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      code: 'FIELD_INVALID',
      message: 'Request validation failed',
      details: [
        { field: 'name', code: 'REQUIRED', messages: ['name must not be blank'] },
        { field: 'facts.revenue', code: 'OUT_OF_RANGE', messages: ['too large'] },
        { field: 'facts.revenue', code: 'TYPE', messages: ['second problem of the same field'] },
        { nonsense: true },
      ],
      correlationId: 'req-9',
    }
    const api = createApiClient({ baseUrl: 'http://api.test', fetch: async () => json(400, body) })

    const failure = await api.GET('/api/me').catch((e: unknown) => e)

    expect((failure as ApiError).code).toBe('FIELD_INVALID')
    expect((failure as ApiError).details).toEqual(body.details.slice(0, 3))
    expect(fieldErrors(failure)).toEqual({ name: 'REQUIRED', 'facts.revenue': 'OUT_OF_RANGE' })
    expect(fieldErrors(new Error('not an API error'))).toEqual({})
  })

  it('keeps the items a bulk 409 names in details, but fieldErrors() leaves them to the caller (not form fields)', async () => {
    const body = {
      statusCode: 409,
      error: 'Conflict',
      code: 'PROFILE_VERSION_CONFLICT',
      message: '1 of the enterprises were changed',
      details: [{ field: 'enterprises.1.version', code: 'STALE', messages: ['changed'] }],
      correlationId: 'req-10',
    }
    const api = createApiClient({ baseUrl: 'http://api.test', fetch: async () => json(409, body) })
    const failure = await api.GET('/api/me').catch((e: unknown) => e)
    expect((failure as ApiError).details).toEqual(body.details)
    expect(fieldErrors(failure)).toEqual({})
  })

  it('reads Retry-After of a 429', async () => {
    const body = { statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED', message: 'slow down', correlationId: 'r' }
    const api = createApiClient({ baseUrl: 'http://api.test', fetch: async () => new Response(JSON.stringify(body), { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '17' } }) })

    const failure = (await api.GET('/api/me').catch((e: unknown) => e)) as ApiError

    expect(failure).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 17 })
  })

  it.each([
    [400, 'BAD_REQUEST'],
    [401, 'AUTH_REQUIRED'],
    [404, 'NOT_FOUND'],
    [429, 'RATE_LIMITED'],
    [502, 'SERVICE_UNAVAILABLE'],
    [500, 'INTERNAL_ERROR'],
  ])('derives the code %s → %s when the body carries none (or an unknown one)', async (status, code) => {
    const api = createApiClient({ baseUrl: 'http://api.test', fetch: async () => json(status, { code: 'SOMETHING_NEW' }) })
    expect(((await api.GET('/api/me').catch((e: unknown) => e)) as ApiError).code).toBe(code)
  })

  it('falls back to the status, status text and X-Request-Id when the body is not the error shape', async () => {
    const unhealthy = { status: 'error', info: {}, error: { database: { status: 'down' } }, details: {} }
    const fetch = async () =>
      new Response(JSON.stringify(unhealthy), {
        status: 503,
        statusText: 'Service Unavailable',
        headers: { 'x-request-id': 'abc' },
      })
    const api = createApiClient({ baseUrl: 'http://api.test', fetch })

    const failure = (await api.GET('/api/health').catch((e: unknown) => e)) as ApiError

    expect(failure).toBeInstanceOf(ApiError)
    expect(failure.statusCode).toBe(503)
    expect(failure.code).toBe('SERVICE_UNAVAILABLE')
    expect(failure.error).toBe('Service Unavailable')
    expect(failure.correlationId).toBe('abc')
    expect(failure.body).toEqual(unhealthy)
  })

  it('keeps a non-JSON body as text', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      fetch: async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    })

    const failure = (await api.GET('/api/health').catch((e: unknown) => e)) as ApiError

    expect(failure.statusCode).toBe(502)
    expect(failure.message).toBe('502 Bad Gateway')
    expect(failure.body).toBe('<html>Bad gateway</html>')
  })

  it('throws ApiUnreachableError when the API cannot be reached', async () => {
    const api = createApiClient({
      baseUrl: 'http://api.test',
      fetch: async () => {
        throw new TypeError('Failed to fetch')
      },
    })

    const failure = await api.GET('/api/health').catch((e: unknown) => e)

    expect(failure).toBeInstanceOf(ApiUnreachableError)
    expect((failure as ApiUnreachableError).url).toBe('http://api.test/api/health')
  })
})
