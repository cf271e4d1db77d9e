import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AuthAdapter, AuthUser, SessionEnd } from './adapter'
import { rememberReturnTo } from './return-path'
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
  /** Set when the session ended under the user's feet (not by signing out in this tab); cleared on sign-in. */
  const sessionEnd = ref<SessionEnd | null>(null)
  /** What pages keep before the sign-in page takes the tab away (a draft, see draft-stash.ts). */
  const beforeSignIn = new Set<() => void>()
  let started: Promise<void> = Promise.resolve()

  const viewer = computed<Viewer>(() => ({
    authenticated: status.value === 'authenticated',
    roles: user.value?.roles ?? [],
  }))

  function apply(next: AuthUser | null, ended?: SessionEnd) {
    const was = status.value === 'authenticated'
    user.value = next
    status.value = next ? 'authenticated' : 'anonymous'
    if (next) sessionEnd.value = null
    else if (was && ended) sessionEnd.value = ended
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
    for (const keep of beforeSignIn) keep()
    await adapter.value?.login()
  }

  /**
   * Signs in again and comes back to `returnTo` (default: the page the user is on); pages that
   * registered with `onBeforeSignIn` keep their drafts first.
   */
  async function signInAgain(returnTo: string = globalThis.location ? location.pathname + location.search : '/'): Promise<void> {
    rememberReturnTo(returnTo)
    await login()
  }

  /** Runs `keep` before the sign-in page takes the tab away (while mounted: call the returned function to stop). */
  function onBeforeSignIn(keep: () => void): () => void {
    beforeSignIn.add(keep)
    return () => beforeSignIn.delete(keep)
  }

  async function logout(): Promise<void> {
    await adapter.value?.logout()
  }

  /** Passed to `createApiClient` as `getToken`: refreshes a token about to expire. */
  async function getToken(): Promise<string | undefined> {
    return adapter.value?.getToken()
  }

  return { status, user, problem, viewer, sessionEnd, start, ready, login, signInAgain, onBeforeSignIn, logout, getToken }
})
