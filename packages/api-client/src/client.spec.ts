import { describe, expect, it, vi } from 'vitest'
import { ApiError, ApiUnreachableError, createApiClient } from './index'

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
      message: 'Missing bearer token',
      correlationId: 'req-123',
    }
    const api = createApiClient({ baseUrl: 'http://api.test', fetch: async () => json(401, body) })

    const failure = await api.GET('/api/me').catch((e: unknown) => e)

    expect(failure).toBeInstanceOf(ApiError)
    expect(failure).toMatchObject({ ...body, body })
  })

  it('keeps field details of a 400', async () => {
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      details: [{ field: 'title', messages: ['title must be a string'] }],
      correlationId: 'req-9',
    }
    const api = createApiClient({ baseUrl: 'http://api.test', fetch: async () => json(400, body) })

    const failure = await api.GET('/api/me').catch((e: unknown) => e)

    expect((failure as ApiError).details).toEqual(body.details)
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
