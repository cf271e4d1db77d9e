import { ChatLineSquare, Collection, DataAnalysis, HomeFilled, OfficeBuilding, Present, Reading, User } from '@element-plus/icons-vue'
import type { Access } from '@servicepack/ui/auth'
import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the route (display only: the API decides). Default public. */
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
    name: 'home',
    component: () => import('../views/home/HomeView.vue'),
    meta: { access: 'public', titleKey: 'nav.home', nav: { icon: HomeFilled } },
  },
  {
    path: '/measures',
    name: 'measures',
    component: () => import('../views/measures/MeasuresView.vue'),
    meta: { access: 'public', titleKey: 'nav.measures', nav: { icon: Collection } },
  },
  {
    path: '/measures/try',
    name: 'try',
    component: () => import('../views/measures/TryView.vue'),
    meta: { access: 'public', titleKey: 'nav.try', nav: { icon: DataAnalysis } },
  },
  {
    path: '/package',
    name: 'package',
    component: () => import('../views/package/PackageView.vue'),
    meta: { access: ['enterprise'], titleKey: 'nav.package', nav: { icon: Present } },
  },
  {
    path: '/profile',
    name: 'profile',
    component: () => import('../views/profile/ProfileView.vue'),
    meta: { access: ['enterprise'], titleKey: 'nav.profile', nav: { icon: OfficeBuilding } },
  },
  {
    path: '/appeals',
    name: 'appeals',
    component: upcoming,
    meta: { access: ['enterprise'], titleKey: 'nav.appeals', nav: { icon: ChatLineSquare } },
  },
  {
    path: '/notices',
    name: 'notices',
    component: upcoming,
    meta: { access: ['enterprise'], titleKey: 'nav.notices', nav: { icon: Reading } },
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
    meta: { access: 'public', titleKey: 'errors.forbiddenTitle' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../views/common/NotFoundView.vue'),
    meta: { access: 'public', titleKey: 'errors.notFoundTitle' },
  },
]
