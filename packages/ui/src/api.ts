import type {} from './env'
import { createApiClient, type ApiClient } from '@servicepack/api-client'
import { inject, type InjectionKey } from 'vue'
import { apiBaseUrl } from './api-base-url'

/** `VITE_API_URL`; empty means the page's own origin (the API behind the same reverse proxy). */
export const API_BASE_URL: string = apiBaseUrl(import.meta.env.VITE_API_URL, globalThis.location?.origin)

export const apiKey: InjectionKey<ApiClient> = Symbol('api')

/** The typed API client; every call first asks `getToken` (keycloak `updateToken(30)`). */
export function createAppApi(getToken: () => Promise<string | undefined>): ApiClient {
  return createApiClient({ baseUrl: API_BASE_URL, getToken })
}

export function useApi(): ApiClient {
  const api = inject(apiKey)
  if (!api) throw new Error('API client not provided: app.provide(apiKey, createAppApi(...))')
  return api
}
