import { Collection, DataAnalysis, Document, OfficeBuilding, Odometer, Reading, User } from '@element-plus/icons-vue'
import type { Access } from '@servicepack/ui/auth'
import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the route (display only: the API decides). Default: any signed-in user. */
    access?: Access
    /** i18n key of the page title (and nav label). */
    titleKey?: string
    /** Present when the route appears in the main navigation. */
    nav?: { icon: Component }
  }
}

const upcoming = () => import('../views/common/UpcomingView.vue')

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'dashboard',
    component: () => import('../views/dashboard/DashboardView.vue'),
    meta: { access: 'authenticated', titleKey: 'nav.dashboard', nav: { icon: Odometer } },
  },
  {
    path: '/appeals',
    name: 'appeals',
    component: upcoming,
    meta: { access: ['coordinator', 'bureau_officer', 'admin'], titleKey: 'nav.appeals', nav: { icon: Document } },
  },
  {
    path: '/enterprises',
    name: 'enterprises',
    component: () => import('../views/enterprises/EnterpriseListView.vue'),
    meta: { access: ['coordinator', 'admin'], titleKey: 'nav.enterprises', nav: { icon: OfficeBuilding } },
  },
  {
    path: '/enterprises/:uscc',
    name: 'enterprise',
    component: () => import('../views/enterprises/EnterpriseDetailView.vue'),
    props: true,
    meta: { access: ['coordinator', 'admin'], titleKey: 'enterprises.detailTitle' },
  },
  {
    path: '/metrics',
    name: 'metrics',
    component: upcoming,
    meta: { access: ['coordinator', 'admin'], titleKey: 'nav.metrics', nav: { icon: DataAnalysis } },
  },
  {
    path: '/notices',
    name: 'notices',
    component: upcoming,
    meta: { access: ['association', 'admin'], titleKey: 'nav.notices', nav: { icon: Reading } },
  },
  {
    path: '/catalogue',
    name: 'catalogue',
    component: upcoming,
    meta: { access: ['admin'], titleKey: 'nav.catalogue', nav: { icon: Collection } },
  },
  {
    path: '/account',
    name: 'account',
    component: () => import('../views/account/AccountView.vue'),
    meta: { access: 'authenticated', titleKey: 'nav.account', nav: { icon: User } },
  },
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('../views/common/ForbiddenView.vue'),
    meta: { access: 'authenticated', titleKey: 'errors.forbiddenTitle' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../views/common/NotFoundView.vue'),
    meta: { access: 'authenticated', titleKey: 'errors.notFoundTitle' },
  },
]
