import { canAccess } from '@servicepack/ui/auth'
import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router'
import { rememberReturnTo } from '../auth'
import { useAuthStore } from '../stores/auth'
import { routes } from './routes'

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: () => ({ top: 0 }),
  })

  router.beforeEach(async (to) => {
    if (to.meta.access === undefined || to.meta.access === 'public') return true
    const auth = useAuthStore()
    await auth.ready()
    if (canAccess(to.meta.access, auth.viewer)) return true
    if (auth.status === 'anonymous') {
      rememberReturnTo(to.fullPath)
      await auth.login()
      return false
    }
    // Without single sign-on nobody can sign in: back to the public start page and its notice.
    if (auth.status === 'unavailable') return { name: 'home' }
    return { name: 'forbidden' }
  })

  return router
}
