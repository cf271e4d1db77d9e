import { User } from '@element-plus/icons-vue'
import type { RouteRecordRaw } from 'vue-router'
import './meta'

/** The pages every app ends its routes with: the account, access denied, and the not-found catch-all. */
export function commonRoutes(): RouteRecordRaw[] {
  return [
    {
      path: '/account',
      name: 'account',
      component: () => import('../views/AccountView.vue'),
      meta: { access: 'authenticated', titleKey: 'ui.account.title', nav: { icon: User } },
    },
    {
      path: '/notifications',
      name: 'notifications',
      component: () => import('../views/NotificationsView.vue'),
      meta: { access: 'authenticated', titleKey: 'ui.notifications.pageTitle' },
    },
    {
      path: '/forbidden',
      name: 'forbidden',
      component: () => import('../views/ErrorView.vue'),
      props: { kind: 'forbidden' },
      meta: { titleKey: 'ui.pages.forbiddenTitle' },
    },
    {
      path: '/:pathMatch(.*)*',
      name: 'not-found',
      component: () => import('../views/ErrorView.vue'),
      props: { kind: 'not-found' },
      meta: { titleKey: 'ui.pages.notFoundTitle' },
    },
  ]
}
