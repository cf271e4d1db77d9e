import createClient, { type Client, type Middleware } from 'openapi-fetch'
import { ApiError, ApiUnreachableError } from './api-error'
import type { paths } from './schema'

export interface ApiClientOptions {
  /** Origin of the API, e.g. `http://localhost:3000`; paths already start with `/api`. */
  baseUrl: string
  /**
   * Called before every request. Returns a fresh access token (the apps pass
   * `keycloak.updateToken(30)` then `keycloak.token`) or `undefined` for anonymous calls.
   */
  getToken?: () => Promise<string | undefined>
  /** Replaces `globalThis.fetch` (tests, SSR). */
  fetch?: (input: Request) => Promise<Response>
}

export type ApiClient = Client<paths>

/** Sets `Authorization: Bearer <token>` when `getToken` yields one. */
export function authMiddleware(getToken: () => Promise<string | undefined>): Middleware {
  return {
    async onRequest({ request }) {
      const token = await getToken()
      if (token) request.headers.set('Authorization', `Bearer ${token}`)
      return request
    },
  }
}

/** Turns every non-2xx response into a thrown `ApiError`, and a failed fetch into `ApiUnreachableError`. */
export const errorMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await ApiError.fromResponse(response)
    return undefined
  },
  onError({ request, error }) {
    if (error instanceof ApiError || error instanceof ApiUnreachableError) return error
    return new ApiUnreachableError(request.url, error)
  },
}

/**
 * The one way the front ends talk to the API. Successful calls resolve to `{ data, response }`;
 * failures throw `ApiError` (the API answered with an error) or `ApiUnreachableError`.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  })
  client.use(errorMiddleware)
  if (options.getToken) client.use(authMiddleware(options.getToken))
  return client
}
