import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AuthAdapter, AuthUser } from './adapter'
import type { Viewer } from './roles'

export type AuthStatus = 'initializing' | 'anonymous' | 'authenticated' | 'unavailable'

/**
 * The apps' only view of single sign-on. `start(adapter)` connects it to keycloak-js (or,
 * in tests, to a fake); components read `status`, `user` and `viewer` and call `login`/`logout`.
 */
export const useAuthStore = defineStore('auth', () => {
  const status = ref<AuthStatus>('initializing')
  const user = ref<AuthUser | null>(null)
  const problem = shallowRef<unknown>(null)
  const adapter = shallowRef<AuthAdapter | null>(null)
  let started: Promise<void> = Promise.resolve()

  const viewer = computed<Viewer>(() => ({
    authenticated: status.value === 'authenticated',
    roles: user.value?.roles ?? [],
  }))

  function apply(next: AuthUser | null) {
    user.value = next
    status.value = next ? 'authenticated' : 'anonymous'
  }

  function start(next: AuthAdapter): Promise<void> {
    started = connect(next)
    return started
  }

  /** Resolves once the session is known (immediately when `start` was never called). */
  function ready(): Promise<void> {
    return started
  }

  async function connect(next: AuthAdapter): Promise<void> {
    adapter.value = next
    status.value = 'initializing'
    problem.value = null
    next.onChange(apply)
    try {
      apply(await next.init())
    } catch (error) {
      user.value = null
      problem.value = error
      status.value = 'unavailable'
    }
  }

  async function login(): Promise<void> {
    await adapter.value?.login()
  }

  async function logout(): Promise<void> {
    await adapter.value?.logout()
  }

  /** Passed to `createApiClient` as `getToken`: refreshes a token about to expire. */
  async function getToken(): Promise<string | undefined> {
    return adapter.value?.getToken()
  }

  return { status, user, problem, viewer, start, ready, login, logout, getToken }
})
