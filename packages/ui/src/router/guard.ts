import { createRouter, createWebHistory, type NavigationGuardWithThis, type Router, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import { rememberReturnTo } from '../auth/return-path'
import { canAccess, type Access } from '../auth/roles'
import { useAuthStore } from '../auth/store'
import { reloadOnChunkError } from './chunk-reload'
import './meta'

export interface AccessGuardOptions {
  /** The access of a route without `meta.access` (web: `public`; admin: `authenticated`). */
  defaultAccess: Access
  /**
   * Without a session: `sign-in` sends a visitor of a protected page to the sign-in page (and back to
   * that page afterwards), or to the public start page when single sign-on is down (web); `gate` lets
   * the navigation through, as App.vue shows a sign-in gate instead of the pages (admin).
   */
  signedOut: 'sign-in' | 'gate'
}

/** Display-only access control from the routes' `meta.access` (the API decides what data is served). */
export function createAccessGuard(options: AccessGuardOptions): NavigationGuardWithThis<undefined> {
  return async (to) => {
    const access = to.meta.access ?? options.defaultAccess
    if (access === 'public') return true
    const auth = useAuthStore()
    await auth.ready()
    if (options.signedOut === 'gate' && auth.status !== 'authenticated') return true
    if (canAccess(access, auth.viewer)) return true
    if (auth.status === 'anonymous') {
      rememberReturnTo(to.fullPath)
      await auth.login()
      return false
    }
    // Without single sign-on nobody can sign in: back to the public start page and its notice.
    if (auth.status === 'unavailable') return { path: '/' }
    return { name: 'forbidden' }
  }
}

export interface AppRouterOptions extends AccessGuardOptions {
  routes: RouteRecordRaw[]
  history?: RouterHistory
}

/**
 * The router of an app: its routes, scroll to the top on every page, the access guard, and a page
 * whose code fails to load is loaded afresh once, then said to have failed (chunk-reload.ts).
 */
export function createAppRouter({ routes, history = createWebHistory(), ...guard }: AppRouterOptions): Router {
  const router = createRouter({ history, routes, scrollBehavior: () => ({ top: 0 }) })
  router.beforeEach(createAccessGuard(guard))
  reloadOnChunkError(router)
  return router
}
