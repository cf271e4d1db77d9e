import { canAccess } from '@servicepack/ui/auth'
import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router'
import { useAuthStore } from '../stores/auth'
import { routes } from './routes'

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: () => ({ top: 0 }),
  })

  // App.vue shows the sign-in gate until the session is known; here only roles matter.
  router.beforeEach(async (to) => {
    const auth = useAuthStore()
    await auth.ready()
    if (auth.status !== 'authenticated') return true
    return canAccess(to.meta.access ?? 'authenticated', auth.viewer) ? true : { name: 'forbidden' }
  })

  return router
}
