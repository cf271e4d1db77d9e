import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, type RouteRecordRaw } from 'vue-router'
import { SsoUnavailableError, type AuthUser } from '../auth/adapter'
import { useAuthStore } from '../auth/store'
import { fakeAuth, testUsers } from '../testing/fake-auth'
import { commonRoutes } from './common-routes'
import { createAppRouter, type AccessGuardOptions } from './guard'

const page = { render: () => null }
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: page },
  { path: '/open', component: page, meta: { access: 'public' } },
  { path: '/staff', component: page, meta: { access: ['coordinator'] } },
  ...commonRoutes(),
]
const userWith = testUsers('someone', '某人')

async function routerFor(session: AuthUser | null | Error, guard: AccessGuardOptions) {
  const auth = useAuthStore()
  const adapter = fakeAuth(session)
  await auth.start(adapter)
  const router = createAppRouter({ routes, history: createMemoryHistory(), ...guard })
  await router.push('/')
  return { router, adapter }
}

describe('access guard', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    sessionStorage.clear()
  })

  describe('sign-in (public site)', () => {
    const guard: AccessGuardOptions = { defaultAccess: 'public', signedOut: 'sign-in' }

    it('sends an anonymous visitor of a protected page to the sign-in page and remembers the page', async () => {
      const { router, adapter } = await routerFor(null, guard)
      await router.push('/staff?x=1')
      expect(adapter.login).toHaveBeenCalled()
      expect(router.currentRoute.value.path).toBe('/')
      expect(sessionStorage.getItem('servicepack.returnTo')).toBe('/staff?x=1')
    })

    it('shows the forbidden page to a signed-in user without the role', async () => {
      const { router } = await routerFor(userWith('enterprise'), guard)
      await router.push('/staff')
      expect(router.currentRoute.value.name).toBe('forbidden')
    })

    it('goes back to the start page when single sign-on is down', async () => {
      const { router } = await routerFor(new SsoUnavailableError('x'), guard)
      await router.push('/open')
      await router.push('/account')
      expect(router.currentRoute.value.path).toBe('/')
    })
  })

  describe('gate (back office)', () => {
    const guard: AccessGuardOptions = { defaultAccess: 'authenticated', signedOut: 'gate' }

    it('lets the navigation through without a session (the app shows its sign-in gate)', async () => {
      const { router, adapter } = await routerFor(null, guard)
      await router.push('/staff')
      expect(router.currentRoute.value.path).toBe('/staff')
      expect(adapter.login).not.toHaveBeenCalled()
    })

    it('checks the roles once signed in, a route without meta.access needing a session only', async () => {
      const { router } = await routerFor(userWith('association'), guard)
      await router.push('/account')
      expect(router.currentRoute.value.name).toBe('account')
      await router.push('/staff')
      expect(router.currentRoute.value.name).toBe('forbidden')
      await router.push('/nowhere')
      expect(router.currentRoute.value.name).toBe('not-found')
    })
  })
})
