import { ChatDotSquare, ChatLineSquare, Collection, DataAnalysis, HomeFilled, OfficeBuilding, Present, Reading, TrendCharts } from '@element-plus/icons-vue'
import { commonRoutes } from '@servicepack/ui'
import type { RouteRecordRaw } from 'vue-router'

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
    path: '/measures/:id',
    name: 'measure',
    component: () => import('../views/measures/MeasureView.vue'),
    props: true,
    meta: { access: 'public', titleKey: 'nav.measure' },
  },
  {
    path: '/answers',
    name: 'answers',
    component: () => import('../views/answers/AnswersView.vue'),
    meta: { access: 'public', titleKey: 'nav.answers', nav: { icon: ChatDotSquare } },
  },
  {
    path: '/answers/:id',
    name: 'answer',
    component: () => import('../views/answers/AnswerView.vue'),
    props: true,
    meta: { access: 'public', titleKey: 'nav.answer' },
  },
  {
    path: '/open-data',
    name: 'open-data',
    component: () => import('../views/open-data/OpenDataView.vue'),
    meta: { access: 'public', titleKey: 'nav.openData', nav: { icon: TrendCharts } },
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
    component: () => import('../views/appeals/AppealListView.vue'),
    meta: { access: ['enterprise'], titleKey: 'nav.appeals', nav: { icon: ChatLineSquare } },
  },
  {
    path: '/appeals/new',
    name: 'appeal-new',
    component: () => import('../views/appeals/AppealNewView.vue'),
    meta: { access: ['enterprise'], titleKey: 'appeals.form.title' },
  },
  {
    path: '/appeals/:id',
    name: 'appeal',
    component: () => import('../views/appeals/AppealDetailView.vue'),
    props: true,
    meta: { access: ['enterprise'], titleKey: 'appeals.detail.title' },
  },
  {
    path: '/notices',
    name: 'notices',
    component: () => import('../views/notices/NoticeListView.vue'),
    meta: { access: ['enterprise'], titleKey: 'nav.notices', nav: { icon: Reading } },
  },
  {
    path: '/notices/:id',
    name: 'notice',
    component: () => import('../views/notices/NoticeView.vue'),
    props: true,
    meta: { access: ['enterprise'], titleKey: 'notices.title' },
  },
  ...commonRoutes(),
]
